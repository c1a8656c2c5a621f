import { useCallState } from '../../app/stores';
import type { NotesSaveState } from './notes-autosave';

const STATUS_TEXT: Record<NotesSaveState, string> = {
  saved: 'All notes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved yet',
};

/**
 * The call's notes. Each keystroke updates the text at once; saving happens in the background
 * shortly after, so typing never waits on storage.
 */
export function NotesEditor() {
  const notes = useCallState((state) => state.call?.notes ?? '');
  const saveState = useCallState((state) => state.notesSave);
  const editNotes = useCallState((state) => state.actions.editNotes);
  return (
    <div className="notes">
      <label htmlFor="call-notes">Notes</label>
      <textarea
        id="call-notes"
        value={notes}
        onChange={(event) => editNotes(event.target.value)}
        rows={7}
        aria-describedby="call-notes-status"
      />
      {/* Quiet on purpose: a status that changes on every keystroke must not be announced. */}
      <p id="call-notes-status" className={`notes__status notes__status--${saveState}`}>
        {STATUS_TEXT[saveState]}
      </p>
      {saveState === 'failed' && (
        <p role="alert" className="form-error">
          Your notes could not be saved yet. They are kept here and saving will retry.
        </p>
      )}
    </div>
  );
}
