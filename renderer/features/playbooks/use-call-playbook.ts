import { useEffect } from 'react';
import type { Playbook } from '../../../shared/domain/playbook';
import { usePlaybookState } from '../../app/stores';
import { snapshotKey } from './playbook-store';

/**
 * The exact playbook version a call used: for a live call the one it started with, for an old
 * call the one it was made with, even after the playbook has been edited since. Undefined while
 * it loads, and for no call.
 */
export function useCallPlaybook(
  call: { readonly playbookId: string; readonly playbookVersion: number } | null,
): Playbook | undefined {
  const playbookId = call?.playbookId ?? null;
  const playbookVersion = call?.playbookVersion ?? 0;
  const playbook = usePlaybookState((state) =>
    playbookId === null ? undefined : state.snapshots[snapshotKey(playbookId, playbookVersion)],
  );
  const ensureSnapshot = usePlaybookState((state) => state.actions.ensureSnapshot);
  useEffect(() => {
    if (!playbook && playbookId !== null) void ensureSnapshot(playbookId, playbookVersion);
  }, [playbook, ensureSnapshot, playbookId, playbookVersion]);
  return playbook;
}
