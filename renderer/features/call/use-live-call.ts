import { useShallow } from 'zustand/react/shallow';
import type { Call } from '../../../shared/domain/call';
import type { Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { useCallPlaybook } from '../playbooks/use-call-playbook';

/**
 * One part of the live call, for a component that shows only that part. Typing replaces the
 * call object on every keystroke but keeps its untouched parts (steps, situations, each form's
 * values) as they were, so a component that picks one of them renders only when it changes.
 * Undefined between calls.
 */
export function useLiveCall<T>(pick: (call: Call) => T): T | undefined {
  return useCallState((state) => (state.call ? pick(state.call) : undefined));
}

/** Several plain values of the live call (names, amounts), compared one by one. */
export function useLiveCallValues<T extends object>(pick: (call: Call) => T): T | undefined {
  return useCallState(useShallow((state) => (state.call ? pick(state.call) : undefined)));
}

/** The playbook version the live call uses; undefined while it loads or between calls. */
export function useLivePlaybook(): Playbook | undefined {
  const version = useLiveCallValues((call) => ({
    playbookId: call.playbookId,
    playbookVersion: call.playbookVersion,
  }));
  return useCallPlaybook(version ?? null);
}
