import { useEffect } from 'react';
import { findBranch, cuesOf, type Playbook } from '../../../shared/domain/playbook';
import { useStores, useWorkAreaState } from '../../app/stores';
import { showSituation } from '../keyboard/commands';
import { NOTES_FIELD_ID } from './call-element-ids';
import { useLiveCall } from './use-live-call';
import { useNoteCues } from './use-note-cues';
import { situationKeys } from './use-situation-keys';

/**
 * One quiet chip above the notes when what the caller typed suggests a situation ("the check is
 * in the mail") or calls for a reminder (a threat of legal action). It never takes focus; the
 * situation's keys open it, and once used or dismissed it does not come back in this call.
 */
export function CueChip({ playbook }: { playbook: Playbook }) {
  useNoteCues(playbook);
  const stores = useStores();
  const callId = useLiveCall((call) => call.id);
  const openIds = useLiveCall((call) => call.branches);
  const suggestion = useWorkAreaState((state) => state.suggestion);
  const spend = useWorkAreaState((state) => state.actions.spendSuggestion);
  const cue =
    suggestion?.callId === callId
      ? cuesOf(playbook).find((c) => c.id === suggestion?.cueId)
      : undefined;
  const branch = cue?.opens === undefined ? undefined : findBranch(playbook, cue.opens);
  const dont =
    cue?.reminds === undefined ? undefined : playbook.donts.find((d) => d.id === cue.reminds);
  // A suggested situation opened some other way has been used.
  const isUsed =
    branch !== undefined && (openIds ?? []).some((open) => open.branchId === branch.id);
  useEffect(() => {
    if (isUsed) spend();
  }, [isUsed, spend]);
  const isShown = cue !== undefined && !isUsed && (branch !== undefined || dont !== undefined);

  return (
    // Always in the page, so screen readers hear a suggestion when it appears.
    <div className="cue-slot" role="status">
      {isShown && (
        <div className={`cue-chip${dont ? ' cue-chip--reminder' : ''}`}>
          {branch ? (
            <>
              <span className="cue-chip__text">
                Sounds like <strong>{branch.title}</strong>
              </span>
              <button
                type="button"
                className="button button--quiet cue-chip__open"
                aria-keyshortcuts={situationKeys(branch)}
                onClick={() => {
                  spend();
                  showSituation(stores, branch.id, true);
                }}
              >
                Open <kbd className="key-hint">Alt+Shift+{branch.key}</kbd>
              </button>
            </>
          ) : (
            <span className="cue-chip__text" title={dont?.why}>
              <span aria-hidden="true">⚑ </span>Keep in mind: {dont?.text}
            </span>
          )}
          <button
            type="button"
            className="button button--quiet cue-chip__dismiss"
            aria-label="Dismiss the suggestion"
            title="Dismiss: it will not come back in this call"
            onClick={() => {
              spend();
              // The chip goes with its button: the caller goes back to the notes.
              document.getElementById(NOTES_FIELD_ID)?.focus();
            }}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
