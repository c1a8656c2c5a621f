import { useEffect, useMemo } from 'react';
import { createCueMatcher, cueWindow } from '../../../shared/domain/cues';
import { cuesOf, type Playbook } from '../../../shared/domain/playbook';
import { useStores } from '../../app/stores';
import { spentCuesOf } from './work-area-store';

/** How long typing must pause before the notes are read for cues: typing never waits for it. */
export const CUE_PAUSE_MS = 350;

/**
 * Reads what the caller types in the notes, when typing pauses, for the playbook's cues, and
 * suggests the latest one that hit: only in the text changed since the last reading, never a cue
 * already used or dismissed in this call, never a situation that is already open.
 */
export function useNoteCues(playbook: Playbook): void {
  const stores = useStores();
  const cues = cuesOf(playbook);
  const matcher = useMemo(() => createCueMatcher(cues), [cues]);
  useEffect(() => {
    let readText = stores.call.getState().call?.notes ?? '';
    let readCallId = stores.call.getState().call?.id ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function read() {
      const call = stores.call.getState().call;
      if (!call) return;
      const before = readCallId === call.id ? readText : '';
      readText = call.notes;
      readCallId = call.id;
      const range = cueWindow(before, call.notes);
      if (!range) return;
      const workArea = stores.workArea.getState();
      const exclude = new Set(spentCuesOf(workArea, call.id));
      for (const cue of cues) {
        if (cue.opens && call.branches.some((branch) => branch.branchId === cue.opens)) {
          exclude.add(cue.id);
        }
      }
      const hit = matcher.find(call.notes, { ...range, exclude });
      if (hit) workArea.actions.suggest({ callId: call.id, cueId: hit.cueId });
    }

    const unsubscribe = stores.call.subscribe((state, previous) => {
      if (state.call?.notes === previous.call?.notes) return;
      clearTimeout(timer);
      timer = setTimeout(read, CUE_PAUSE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [stores, matcher, cues]);
}
