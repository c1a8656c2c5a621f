import type { Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { END_CALL_BUTTON_ID } from './call-element-ids';
import { CueChip } from './cue-chip';
import { NotesEditor } from './notes-editor';

/**
 * Docked at the bottom of the call: what the notes suggest (one quiet chip at most), the notes
 * themselves with their save status, and End call, always in view whatever the working area shows.
 */
export function NotesDock({ playbook }: { playbook: Playbook | undefined }) {
  const isWrappingUp = useCallState((state) => state.isWrappingUp);
  const openWrapUp = useCallState((state) => state.actions.openWrapUp);
  return (
    <div className="notes-dock">
      {playbook && <CueChip playbook={playbook} />}
      <NotesEditor
        action={
          // While the wrap-up shows, its own End call button ends the call.
          !isWrappingUp && (
            <button
              id={END_CALL_BUTTON_ID}
              type="button"
              className="button button--end"
              disabled={!playbook}
              onClick={openWrapUp}
            >
              End call
            </button>
          )
        }
      />
    </div>
  );
}
