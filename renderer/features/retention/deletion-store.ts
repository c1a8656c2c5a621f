import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  accountDeletionSentence,
  callDeletionSentence,
  retentionSentence,
} from '../../../shared/domain/retention';
import type { CallCoachApi } from '../../../shared/ipc/api';

/** What the caller asked to delete: one call, one account, or the calls past a period. */
export type DeletionTarget =
  | { readonly kind: 'call'; readonly callId: string }
  | { readonly kind: 'account'; readonly accountId: number }
  | { readonly kind: 'retention'; readonly months: number };

export interface DeletionActions {
  /** Asks main what deleting `target` would remove, then waits for the caller's confirmation. */
  ask: (target: DeletionTarget) => Promise<void>;
  /**
   * Deletes the call or account being confirmed; resolves true once main has deleted it. A
   * retention period is not deleted here: the setting that turns it on does that.
   */
  confirm: () => Promise<boolean>;
  /** Forgets the question: nothing is deleted. */
  cancel: () => void;
}

export interface DeletionState {
  readonly target: DeletionTarget | null;
  /** `counting`: waiting for main's count; `confirming`: the sentence is shown; `deleting`. */
  readonly status: 'idle' | 'counting' | 'confirming' | 'deleting';
  /** What goes, as the confirmation says it. */
  readonly sentence: string | null;
  /** Why the newest count or deletion failed, in main's words. */
  readonly error: string | null;
  readonly actions: DeletionActions;
}

export type DeletionStore = StoreApi<DeletionState>;

/** Whether two targets name the same thing. */
export function isSameTarget(a: DeletionTarget | null, b: DeletionTarget): boolean {
  if (a === null || a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'call':
      return b.kind === 'call' && a.callId === b.callId;
    case 'account':
      return b.kind === 'account' && a.accountId === b.accountId;
    case 'retention':
      return b.kind === 'retention' && a.months === b.months;
  }
}

const IDLE = { target: null, status: 'idle', sentence: null, error: null } as const;

/**
 * One deletion at a time, confirmed first: main counts what goes, the caller reads it and
 * confirms or cancels. Only the answer for the newest question is kept.
 */
export function createDeletionStore(api: CallCoachApi): DeletionStore {
  let latest = 0;

  return createStore<DeletionState>()((set, get) => {
    async function sentenceFor(
      target: DeletionTarget,
    ): Promise<{ ok: true; sentence: string } | { ok: false; message: string }> {
      switch (target.kind) {
        case 'call': {
          const result = await api.retention.countCall(target.callId);
          return result.ok
            ? { ok: true, sentence: callDeletionSentence(result.value) }
            : { ok: false, message: result.error.message };
        }
        case 'account': {
          const result = await api.retention.countAccount(target.accountId);
          return result.ok
            ? {
                ok: true,
                sentence: accountDeletionSentence(result.value.name, result.value.counts),
              }
            : { ok: false, message: result.error.message };
        }
        case 'retention': {
          const result = await api.retention.countOlder(target.months);
          return result.ok
            ? { ok: true, sentence: retentionSentence(target.months, result.value) }
            : { ok: false, message: result.error.message };
        }
      }
    }

    return {
      ...IDLE,
      actions: {
        async ask(target) {
          const request = ++latest;
          set({ target, status: 'counting', sentence: null, error: null });
          const answer = await sentenceFor(target);
          if (request !== latest) return;
          set(
            answer.ok
              ? { status: 'confirming', sentence: answer.sentence }
              : { ...IDLE, target, error: answer.message },
          );
        },

        async confirm() {
          const { target, status } = get();
          if (target === null || status !== 'confirming' || target.kind === 'retention') {
            return false;
          }
          const request = ++latest;
          set({ status: 'deleting', error: null });
          const result =
            target.kind === 'call'
              ? await api.retention.deleteCall(target.callId)
              : await api.retention.deleteAccount(target.accountId);
          if (request !== latest) return result.ok;
          if (result.ok) {
            set(IDLE);
            return true;
          }
          set({ status: 'confirming', error: result.error.message });
          return false;
        },

        cancel() {
          latest += 1;
          set(IDLE);
        },
      },
    };
  });
}
