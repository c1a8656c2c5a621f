import { createStore, type StoreApi } from 'zustand/vanilla';
import { isAddressList, type RecapDraft } from '../../../shared/domain/recap-draft';
import type { CallCoachApi } from '../../../shared/ipc/api';
import type { RecapDraftFile, RecapMailOpening } from '../../../shared/ipc/contracts/calls';
import type { Result } from '../../../shared/ipc/result';
import { createAutosave, type Autosave, type SaveState } from '../call/autosave';

export interface RecapActions {
  /** Shows the recap of an ended call, as main last stored it or builds it. */
  show: (callId: string) => Promise<void>;
  /**
   * Changes what the fields say; it is stored shortly after. While the address is not e-mail
   * shaped nothing is sent, since main would refuse it: the caller sees why at the field.
   */
  edit: (patch: Partial<RecapDraft>) => void;
  /** Stores anything typed and not yet stored; resolves true once it is. */
  flush: () => Promise<boolean>;
  /**
   * Stores what was typed, then has main make the .eml draft of it. Null when it could not
   * (the reason is in `error`).
   */
  saveDraftFile: () => Promise<RecapDraftFile | null>;
  /**
   * Stores what was typed, then asks main to open it in the mail app: main builds the link from
   * what it stored. Null when it could not (the reason is in `error`).
   */
  openMail: () => Promise<RecapMailOpening | null>;
}

export interface RecapState {
  /** The call whose recap is shown, or null before one is. */
  readonly callId: string | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** What the fields show: the caller's latest text. */
  readonly draft: RecapDraft | null;
  /** Whether the caller's own version is stored (else it is the one built from the call). */
  readonly isEdited: boolean;
  readonly saveState: SaveState;
  /** Why the last request failed, in main's words; null once one succeeds. */
  readonly error: string | null;
  readonly actions: RecapActions;
}

export type RecapStore = StoreApi<RecapState>;

interface RecapChange {
  readonly callId: string;
  readonly draft: RecapDraft;
}

/** The recap e-mail of one ended call at a time, edited here and stored by main. */
export function createRecapStore(
  api: CallCoachApi,
  options: { delayMs?: number } = {},
): RecapStore {
  let latestShow = 0;

  return createStore<RecapState>()((set, get) => {
    const autosave: Autosave<RecapChange> = createAutosave<RecapChange>({
      delayMs: options.delayMs ?? 600,
      maxWaitMs: 3000,
      save: async ({ callId, draft }) => {
        const result = await api.calls.saveRecap(callId, draft);
        if (get().callId !== callId) return result.ok;
        set(result.ok ? { isEdited: true, error: null } : { error: result.error.message });
        return result.ok;
      },
      onStateChange: (saveState) => set({ saveState }),
    });

    /** Stores what was typed, then asks main for something made from the stored recap. */
    async function fromSaved<T>(
      badAddress: string,
      request: (callId: string) => Promise<Result<T>>,
    ): Promise<T | null> {
      const { callId, draft } = get();
      if (callId === null || draft === null) return null;
      if (!isAddressList(draft.to)) {
        set({ error: badAddress });
        return null;
      }
      if (!(await autosave.flush())) return null;
      const result = await request(callId);
      if (!result.ok) {
        set({ error: result.error.message });
        return null;
      }
      set({ error: null });
      return result.value;
    }

    return {
      callId: null,
      status: 'idle',
      draft: null,
      isEdited: false,
      saveState: 'saved',
      error: null,
      actions: {
        async show(callId) {
          if (callId === get().callId && get().status === 'ready') return;
          const request = ++latestShow;
          set({ callId, status: 'loading', draft: null, isEdited: false, error: null });
          const result = await api.calls.recap(callId);
          if (request !== latestShow) return;
          if (!result.ok) {
            set({ status: 'error', error: result.error.message });
            return;
          }
          const { isEdited, ...draft } = result.value;
          set({ status: 'ready', draft, isEdited });
        },

        edit(patch) {
          const { callId, draft } = get();
          if (callId === null || draft === null) return;
          const next = { ...draft, ...patch };
          set({ draft: next });
          if (isAddressList(next.to)) autosave.push(callId, { callId, draft: next });
        },

        flush: () => autosave.flush(),

        saveDraftFile: () =>
          fromSaved('Fix the address first: the draft is made from what is saved.', (callId) =>
            api.calls.recapDraft(callId),
          ),

        openMail: () =>
          fromSaved('Fix the address first: the mail is made from what is saved.', (callId) =>
            api.calls.openRecapMail(callId),
          ),
      },
    };
  });
}
