import { useEffect } from 'react';
import type { Playbook } from '../../../shared/domain/playbook';
import { usePlaybookState } from '../../app/stores';
import { snapshotKey } from './playbook-store';

/**
 * The exact playbook version a call used: for a live call the one it started with, for an old
 * call the one it was made with, even after the playbook has been edited since. Undefined while
 * it loads.
 */
export function useCallPlaybook(call: {
  readonly playbookId: string;
  readonly playbookVersion: number;
}): Playbook | undefined {
  const { playbookId, playbookVersion } = call;
  const playbook = usePlaybookState(
    (state) => state.snapshots[snapshotKey(playbookId, playbookVersion)],
  );
  const ensureSnapshot = usePlaybookState((state) => state.actions.ensureSnapshot);
  useEffect(() => {
    if (!playbook) void ensureSnapshot(playbookId, playbookVersion);
  }, [playbook, ensureSnapshot, playbookId, playbookVersion]);
  return playbook;
}
