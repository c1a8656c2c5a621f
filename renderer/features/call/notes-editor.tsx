import type { KeyboardEvent } from 'react';
import { currentStep } from '../../../shared/domain/call';
import { useCallState } from '../../app/stores';
import type { SaveState } from './autosave';
import { stepCheckboxId } from './step-item';

/** The notes box, for commands that bring the caller to it. */
export const NOTES_FIELD_ID = 'call-notes';

const STATUS_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved yet',
};

/**
 * The call's notes, and the save status of everything typed in the call (notes and forms).
 * Each keystroke updates the text at once; saving happens in the background shortly after, so
 * typing never waits on storage.
 */
export function NotesEditor() {
  const notes = useCallState((state) => state.call?.notes ?? '');
  const saveState = useCallState((state) => state.saveState);
  const saveError = useCallState((state) => state.saveError);
  const editNotes = useCallState((state) => state.actions.editNotes);
  // Where Escape goes: the current step, or the last one once all are done.
  const stepToReturnTo = useCallState((state) => {
    const call = state.call;
    return call ? (currentStep(call) ?? call.steps.at(-1))?.stepId : undefined;
  });

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Escape' || !stepToReturnTo) return;
    event.preventDefault();
    document.getElementById(stepCheckboxId(stepToReturnTo))?.focus();
  }

  return (
    <div className="notes">
      <label htmlFor={NOTES_FIELD_ID}>Notes</label>
      <textarea
        id={NOTES_FIELD_ID}
        value={notes}
        onChange={(event) => editNotes(event.target.value)}
        onKeyDown={handleKeyDown}
        rows={7}
        aria-describedby="call-save-status"
      />
      {/* Quiet on purpose: a status that changes on every keystroke must not be announced. */}
      <p id="call-save-status" className={`notes__status notes__status--${saveState}`}>
        {STATUS_TEXT[saveState]}
      </p>
      {saveState === 'failed' && (
        <p role="alert" className="form-error">
          {saveError ??
            'What you typed could not be saved yet. It is kept here and saving will retry.'}
        </p>
      )}
    </div>
  );
}
