import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * What the call's working area shows: the current step's coach card, or one open situation's
 * form in its place. Only this window's view: the situations themselves are part of the call.
 */
export type WorkAreaFocus =
  { readonly kind: 'step' } | { readonly kind: 'situation'; readonly branchId: string };

/** What the notes suggest now, from one of the playbook's cues. */
export interface CueSuggestion {
  readonly callId: string;
  readonly cueId: string;
}

export interface WorkAreaState {
  readonly focus: WorkAreaFocus;
  /** At most one suggestion at a time. */
  readonly suggestion: CueSuggestion | null;
  /** Cues already used or dismissed, per call: each is suggested once a call at most. */
  readonly spentCues: { readonly callId: string; readonly cueIds: readonly string[] } | null;
  readonly actions: {
    readonly showStep: () => void;
    readonly showSituation: (branchId: string) => void;
    readonly suggest: (suggestion: CueSuggestion) => void;
    /** The caller used or dismissed the suggestion: it goes, and its cue is spent for the call. */
    readonly spendSuggestion: () => void;
  };
}

export type WorkAreaStore = StoreApi<WorkAreaState>;

const STEP: WorkAreaFocus = { kind: 'step' };

export function createWorkAreaStore(): WorkAreaStore {
  return createStore<WorkAreaState>()((set, get) => ({
    focus: STEP,
    suggestion: null,
    spentCues: null,
    actions: {
      showStep: () => set({ focus: STEP }),
      showSituation: (branchId) => set({ focus: { kind: 'situation', branchId } }),
      suggest: (suggestion) => set({ suggestion }),
      spendSuggestion() {
        const { suggestion, spentCues } = get();
        if (!suggestion) return;
        const earlier = spentCues?.callId === suggestion.callId ? spentCues.cueIds : [];
        set({
          suggestion: null,
          spentCues: { callId: suggestion.callId, cueIds: [...earlier, suggestion.cueId] },
        });
      },
    },
  }));
}

/** The cues spent in this call. */
export function spentCuesOf(state: WorkAreaState, callId: string): ReadonlySet<string> {
  return new Set(state.spentCues?.callId === callId ? state.spentCues.cueIds : []);
}
