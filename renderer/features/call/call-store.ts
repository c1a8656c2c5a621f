import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  applyCommand,
  currentStep,
  stepBeforeCurrent,
  type Call,
  type CallCommand,
  type TypedCommand,
} from '../../../shared/domain/call';
import type { Closing } from '../../../shared/domain/closing';
import type { StartCallInput } from '../../../shared/domain/start-call';
import { storableText } from '../../../shared/domain/text';
import type { WorkItem } from '../../../shared/domain/worklist';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import type { AppError } from '../../../shared/ipc/result';
import { createAutosave, type SaveState } from './autosave';

export interface CallActions {
  /** Asks main for an unfinished call (after a crash, the one to reopen). */
  load: () => Promise<void>;
  /** Listens to main's broadcasts; returns the way to stop. */
  connect: () => Unsubscribe;
  /**
   * Starts a call; resolves with main's error, or null on success. `followUp` is the worklist's
   * item it was started from (its id is in `input`), kept so the call can show what it is about.
   */
  start: (input: StartCallInput, followUp?: WorkItem | null) => Promise<AppError | null>;
  /** Asks the start form to fill itself in for a follow-up from the worklist. */
  prepareFollowUp: (item: WorkItem) => void;
  /** The start form took the follow-up it was asked to fill in for. */
  followUpTaken: () => void;
  toggleStep: (stepId: string, isDone: boolean) => Promise<void>;
  /** Checks the current step, so the next open one becomes current. */
  checkCurrentStep: () => Promise<void>;
  /** Unchecks the step before the current one (the last, once all are done) to make it current. */
  previousStep: () => Promise<void>;
  /** Opens a situation (check in the mail, dispute…); it becomes the latest one. */
  openBranch: (branchId: string) => Promise<void>;
  /** Hides a situation's form; what was captured in it is kept. */
  closeBranch: (branchId: string) => Promise<void>;
  toggleQuestion: (sectionId: string, index: number, isAsked: boolean) => Promise<void>;
  /** Called on every keystroke: updates at once, saves shortly after. */
  editNotes: (notes: string) => void;
  /** Called on every keystroke in a form field: updates at once, saves shortly after. */
  setField: (sectionId: string, fieldId: string, value: string) => void;
  /** Saves everything typed, then ends the call with its outcome; resolves true once ended. */
  end: (closing: Closing) => Promise<boolean>;
  /** Shows the wrap-up (how the call ended, what happens next) under the call. */
  openWrapUp: () => void;
  /** Goes back to the call without ending it. */
  closeWrapUp: () => void;
  received: (call: Call) => void;
  dismissError: () => void;
}

export interface CallState {
  readonly phase: 'loading' | 'idle' | 'active';
  readonly call: Call | null;
  /**
   * True when the open call came back after Call Coach ended uncleanly (main's `isRecovered`),
   * until something is done in it; never after a clean quit or a plain reload.
   */
  readonly isResumed: boolean;
  /** Whether the wrap-up is showing; it belongs to one call and is closed when calls change. */
  readonly isWrappingUp: boolean;
  /** Whether everything typed (notes and form fields) is stored. */
  readonly saveState: SaveState;
  /** Why the last save of what was typed failed, in main's words (a full disk); null once saved. */
  readonly saveError: string | null;
  readonly lastEnded: Call | null;
  readonly error: string | null;
  /** A follow-up the start form is to fill itself in for, until it has. */
  readonly followUpToStart: WorkItem | null;
  /** The follow-up each call was started from, by call id. */
  readonly startedFrom: Readonly<Record<string, WorkItem>>;
  readonly actions: CallActions;
}

export type CallStore = StoreApi<CallState>;

export interface CallStoreOptions {
  readonly clock?: () => number;
}

/**
 * The live call as this window sees it. Commands apply optimistically through the shared
 * reducer; main's answer is then final. The notes are the exception: this window is their only
 * writer, so what the caller typed always wins over an older copy coming back from main.
 */
export function createCallStore(api: CallCoachApi, options: CallStoreOptions = {}): CallStore {
  const clock = options.clock ?? Date.now;
  let requestsInFlight = 0;
  let latestRequest = 0;
  // The call the unsaved text was typed into; it must never be saved into another one.
  let typedCallId: string | null = null;
  // A second End (a double click) while ending would be refused by main and shown as an error.
  let isEnding = false;

  return createStore<CallState>()((set, get) => {
    const autosave = createAutosave<TypedCommand>({
      save: async (change) => {
        const call = get().call;
        if (!call || call.id !== typedCallId) return true;
        // Main answers typed text briefly: this window has the text, others hear the call.
        const result = await api.calls.type(call.id, change);
        // Once main has stored something new in the call, it is no longer just the recovered one.
        set(
          result.ok ? { saveError: null, isResumed: false } : { saveError: result.error.message },
        );
        return result.ok;
      },
      onStateChange: (saveState) => set({ saveState }),
    });

    /** Main's copy of the call, with the notes and form fields as typed here. */
    function withLocalText(answer: Call): Call {
      const local = get().call;
      if (!local || local.id !== answer.id) return answer;
      return {
        ...answer,
        notes: local.notes,
        captures: local.captures,
        // Parts main sent back unchanged stay the same objects, so what shows them does not
        // render again for every save.
        steps: sameOr(local.steps, answer.steps),
        branches: sameOr(local.branches, answer.branches),
        questionsAsked: sameOr(local.questionsAsked, answer.questionsAsked),
      };
    }

    /** Applies a typed change here at once and queues it for saving under `key`. */
    function type(key: string, change: TypedCommand) {
      const call = get().call;
      if (!call || call.endedAt !== null) return;
      typedCallId = call.id;
      set({ call: applyCommand(call, change, clock()) });
      autosave.push(key, change);
    }

    async function send(command: CallCommand): Promise<Call | null> {
      const before = get().call;
      if (!before) return null;
      const request = ++latestRequest;
      requestsInFlight += 1;
      set({ call: applyCommand(before, command, clock()), error: null });
      const result = await api.calls.apply(before.id, command);
      requestsInFlight -= 1;
      if (!result.ok) {
        // Only the latest request may roll the call back (a newer answer already covers older
        // ones), but every refusal is shown.
        set(
          request === latestRequest
            ? { call: withLocalText(before), error: result.error.message }
            : { error: result.error.message },
        );
        return null;
      }
      // An older answer must not undo a newer optimistic change.
      if (request === latestRequest) set({ call: withLocalText(result.value) });
      set({ isResumed: false });
      return result.value;
    }

    return {
      phase: 'loading',
      call: null,
      isResumed: false,
      isWrappingUp: false,
      saveState: 'saved',
      saveError: null,
      lastEnded: null,
      error: null,
      followUpToStart: null,
      startedFrom: {},
      actions: {
        async load() {
          const result = await api.calls.active();
          if (!result.ok) {
            set({ phase: 'idle', error: result.error.message });
            return;
          }
          const call = result.value?.call ?? null;
          set({
            phase: call ? 'active' : 'idle',
            call,
            isResumed: result.value?.isRecovered ?? false,
            isWrappingUp: false,
          });
        },

        connect() {
          return api.events.callChanged((call) => get().actions.received(call));
        },

        async start(input, followUp = null) {
          const result = await api.calls.start(input);
          if (!result.ok) return result.error;
          if (followUp) set({ startedFrom: { ...get().startedFrom, [result.value.id]: followUp } });
          set({
            phase: 'active',
            call: result.value,
            isResumed: false,
            isWrappingUp: false,
            saveState: 'saved',
            saveError: null,
            error: null,
          });
          return null;
        },

        async toggleStep(stepId, isDone) {
          await send({ type: isDone ? 'check-step' : 'uncheck-step', stepId });
        },

        async checkCurrentStep() {
          const call = get().call;
          const step = call && currentStep(call);
          if (step) await send({ type: 'check-step', stepId: step.stepId });
        },

        async previousStep() {
          const call = get().call;
          const step = call && stepBeforeCurrent(call);
          if (step) await send({ type: 'uncheck-step', stepId: step.stepId });
        },

        async openBranch(branchId) {
          await send({ type: 'open-branch', branchId });
        },

        async closeBranch(branchId) {
          await send({ type: 'close-branch', branchId });
        },

        async toggleQuestion(sectionId, index, isAsked) {
          await send({ type: 'set-question', sectionId, index, isAsked });
        },

        // Typed text is kept as main will store it, so the window's copy and main's agree.
        editNotes(notes) {
          type('notes', { type: 'edit-notes', notes: storableText(notes) });
        },

        setField(sectionId, fieldId, value) {
          type(`field:${sectionId}:${fieldId}`, {
            type: 'set-field',
            sectionId,
            fieldId,
            value: storableText(value),
          });
        },

        async end(closing) {
          if (isEnding) return false;
          isEnding = true;
          try {
            if (!(await autosave.flush())) {
              set({
                error:
                  'What you typed is not saved yet, so the call stays open. Try again in a moment.',
              });
              return false;
            }
            const ended = await send({ type: 'end', closing });
            if (!ended) return false;
            set({
              phase: 'idle',
              call: null,
              isResumed: false,
              isWrappingUp: false,
              lastEnded: ended,
            });
            return true;
          } finally {
            isEnding = false;
          }
        },

        prepareFollowUp(item) {
          set({ followUpToStart: item });
        },

        followUpTaken() {
          set({ followUpToStart: null });
        },

        openWrapUp() {
          if (get().call) set({ isWrappingUp: true });
        },

        closeWrapUp() {
          set({ isWrappingUp: false });
        },

        received(call) {
          const current = get().call;
          // A call started elsewhere (another window) becomes this window's call too.
          if (!current) {
            if (call.endedAt === null && get().phase === 'idle') {
              set({
                phase: 'active',
                call,
                isResumed: false,
                isWrappingUp: false,
                saveState: 'saved',
                saveError: null,
              });
            }
            return;
          }
          // Our own requests answer for themselves; a broadcast mid-request may be stale.
          if (current.id !== call.id || requestsInFlight > 0) return;
          if (call.endedAt !== null) {
            set({ phase: 'idle', call: null, isWrappingUp: false, lastEnded: call });
          } else {
            // Changed in another window: main no longer reports it as recovered either.
            set({ call: withLocalText(call), isResumed: false });
          }
        },

        dismissError() {
          set({ error: null });
        },
      },
    };
  });
}

/** `local` when `answer` holds the same values (plain data from main), else `answer`. */
function sameOr<T>(local: T, answer: T): T {
  return JSON.stringify(local) === JSON.stringify(answer) ? local : answer;
}
