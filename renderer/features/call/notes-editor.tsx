import { useCallState } from '../../app/stores';
import type { SaveState } from './autosave';

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
  const editNotes = useCallState((state) => state.actions.editNotes);
  return (
    <div className="notes">
      <label htmlFor="call-notes">Notes</label>
      <textarea
        id="call-notes"
        value={notes}
        onChange={(event) => editNotes(event.target.value)}
        rows={7}
        aria-describedby="call-save-status"
      />
      {/* Quiet on purpose: a status that changes on every keystroke must not be announced. */}
      <p id="call-save-status" className={`notes__status notes__status--${saveState}`}>
        {STATUS_TEXT[saveState]}
      </p>
      {saveState === 'failed' && (
        <p role="alert" className="form-error">
          What you typed could not be saved yet. It is kept here and saving will retry.
        </p>
      )}
    </div>
  );
}
