import { createStore, type StoreApi } from 'zustand/vanilla';
import { addDaysTo, formatIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { dueCount, type WorkItem } from '../../../shared/domain/worklist';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import type { Worklist } from '../../../shared/ipc/contracts/worklist';
import type { Result } from '../../../shared/ipc/result';
import { sharedListening } from '../../app/shared-listening';
import type { PromiseMark } from '../../../shared/domain/promises';

export interface WorklistActions {
  /** Asks main for the open follow-ups. */
  load: () => Promise<void>;
  /**
   * Reads the list now and keeps it current while at least one caller is connected: when main
   * says the worklist changed, and when a call ends (it may have closed follow-ups). Returns the
   * way to disconnect.
   */
  connect: () => Unsubscribe;
  /** Closes the follow-up as done; resolves true once main has. */
  done: (item: WorkItem) => Promise<boolean>;
  /** Moves the follow-up to the day after the list's today; resolves true once main has. */
  snooze: (item: WorkItem) => Promise<boolean>;
  /** Moves the follow-up to `dueOn`; resolves true once main has. */
  move: (item: WorkItem, dueOn: IsoDate) => Promise<boolean>;
  /** Marks the promise of the call that left `item` as kept or broken, whatever reports say. */
  markPromise: (item: WorkItem, mark: PromiseMark) => Promise<boolean>;
}

export interface WorklistState {
  /** The list as main last answered it; null until the first answer. */
  readonly worklist: Worklist | null;
  /** Follow-ups due by the end of today (overdue included); null until main first says. */
  readonly dueCount: number | null;
  /** What the last action did, in a sentence for the status line; null before any. */
  readonly status: string | null;
  /** Why the last read or action failed, in main's words; null once one succeeds. */
  readonly error: string | null;
  readonly actions: WorklistActions;
}

export type WorklistStore = StoreApi<WorklistState>;

/** "Acme Ltd — call back about the check": how the status line names a follow-up. */
function workItemName(item: WorkItem): string {
  return `${item.customer} — ${item.what}`;
}

/**
 * The caller's open follow-ups, as main keeps them. Every answer from main is the whole list; an
 * answer older than one already kept is dropped, so a slow read never undoes an action.
 */
export function createWorklistStore(api: CallCoachApi): WorklistStore {
  let sentRequests = 0;
  let keptRequest = 0;

  return createStore<WorklistState>()((set, get) => {
    /** Sends one request for the list; keeps its answer if it is the newest. True on success. */
    async function request(
      send: () => Promise<Result<Worklist>>,
      failure: string,
      status?: string,
    ): Promise<boolean> {
      const id = ++sentRequests;
      const result = await send();
      if (!result.ok) {
        set({ error: `${failure}: ${result.error.message}`, status: null });
        return false;
      }
      // Kept even when a newer request is on its way (main's change event asks for a read
      // before answering), so the list always holds what the action just did.
      if (id > keptRequest) {
        keptRequest = id;
        const { today, items } = result.value;
        set({ worklist: result.value, dueCount: dueCount(items, today), error: null });
      }
      if (status !== undefined) set({ status });
      return true;
    }

    function load(): Promise<void> {
      return request(() => api.worklist.read(), 'Call Coach could not read the follow-ups').then(
        () => undefined,
      );
    }

    const listen = sharedListening(() => {
      const unsubscribers = [
        api.events.worklistChanged(({ dueCount: count }) => {
          set({ dueCount: count });
          void load();
        }),
        api.events.callChanged((call) => {
          if (call.endedAt !== null) void load();
        }),
      ];
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
    });

    return {
      worklist: null,
      dueCount: null,
      status: null,
      error: null,
      actions: {
        load,

        connect() {
          const disconnect = listen();
          // What an action did belongs to the visit it was done in, not the next one.
          set({ status: null });
          void load();
          return disconnect;
        },

        done(item) {
          return request(
            () => api.worklist.done(item.id),
            'Call Coach could not mark it done',
            `Done: ${workItemName(item)}`,
          );
        },

        snooze(item) {
          const today = get().worklist?.today;
          if (today === undefined) return Promise.resolve(false);
          return request(
            () => api.worklist.move(item.id, addDaysTo(today, 1)),
            'Call Coach could not snooze it',
            `Snoozed to tomorrow: ${workItemName(item)}`,
          );
        },

        move(item, dueOn) {
          return request(
            () => api.worklist.move(item.id, dueOn),
            'Call Coach could not move it',
            `Moved to ${formatIsoDate(dueOn)}: ${workItemName(item)}`,
          );
        },

        markPromise(item, mark) {
          return request(
            () => api.worklist.mark(item.callId, mark),
            'Call Coach could not mark the promise',
            `${mark === 'kept' ? 'Promise kept' : 'Promise broken'}: ${workItemName(item)}`,
          );
        },
      },
    };
  });
}
