import type { KeyboardEvent, ReactNode } from 'react';
import { useCallState } from '../../app/stores';
import type { SaveState } from './autosave';
import { NOTES_FIELD_ID, stepCheckboxId } from './call-element-ids';

const STATUS_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved yet',
};

/**
 * The call's notes, and the save status of everything typed in the call (notes and forms).
 * Each keystroke updates the text at once; saving happens in the background shortly after, so
 * typing never waits on storage. It reads only the notes and the save state, so typing here
 * renders this box and nothing else. `action` sits on the label's line (End call, in the dock).
 */
export function NotesEditor({ action }: { readonly action?: ReactNode }) {
  const notes = useCallState((state) => state.call?.notes ?? '');
  const saveState = useCallState((state) => state.saveState);
  const saveError = useCallState((state) => state.saveError);
  const editNotes = useCallState((state) => state.actions.editNotes);
  // Where Escape goes: the current step, or the last one once all are done.
  const stepToReturnTo = useCallState((state) => {
    const call = state.call;
    return call
      ? (call.steps.find((step) => step.checkedAt === null) ?? call.steps.at(-1))?.stepId
      : undefined;
  });

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Escape' || !stepToReturnTo) return;
    event.preventDefault();
    document.getElementById(stepCheckboxId(stepToReturnTo))?.focus();
  }

  return (
    <div className="notes">
      <div className="notes__head">
        <label htmlFor={NOTES_FIELD_ID}>Notes</label>
        {/* Quiet on purpose: a status that changes on every keystroke must not be announced. */}
        <p id="call-save-status" className={`notes__status notes__status--${saveState}`}>
          {STATUS_TEXT[saveState]}
        </p>
        {action}
      </div>
      <textarea
        id={NOTES_FIELD_ID}
        value={notes}
        onChange={(event) => editNotes(event.target.value)}
        onKeyDown={handleKeyDown}
        rows={3}
        aria-describedby="call-save-status"
      />
      {saveState === 'failed' && (
        <p role="alert" className="form-error">
          {saveError ??
            'What you typed could not be saved yet. It is kept here and saving will retry.'}
        </p>
      )}
    </div>
  );
}
