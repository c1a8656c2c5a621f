/** Where the notes stand relative to what main has stored. */
export type NotesSaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface NotesAutosaveOptions {
  /** Sends the notes to main; resolves true when stored. */
  readonly save: (notes: string) => Promise<boolean>;
  readonly onStateChange: (state: NotesSaveState) => void;
  /** Quiet time after the last keystroke before saving. */
  readonly delayMs?: number;
  /** Longest a change may wait while the caller keeps typing without a pause. */
  readonly maxWaitMs?: number;
  /** How soon a failed save is tried again. */
  readonly retryMs?: number;
}

export interface NotesAutosave {
  /** Records the latest text; it will be saved shortly. Never blocks. */
  push(notes: string): void;
  /** Saves anything pending now; resolves true once everything typed is stored. */
  flush(): Promise<boolean>;
  dispose(): void;
}

/**
 * Debounced, ordered saving of the notes. Saves run one at a time so an older text can never
 * land after a newer one; a failed save keeps the text and retries until it is stored.
 */
export function createNotesAutosave({
  save,
  onStateChange,
  delayMs = 300,
  maxWaitMs = 1000,
  retryMs = 2000,
}: NotesAutosaveOptions): NotesAutosave {
  let unsaved: string | null = null;
  let unsavedSince: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isDisposed = false;
  let reported: NotesSaveState = 'saved';

  // Once a save has failed, the state stays 'failed' until one succeeds: retries and further
  // typing must not make the warning disappear and come back (and be announced again).
  function report(state: NotesSaveState) {
    if (state === reported || (reported === 'failed' && state !== 'saved')) return;
    reported = state;
    onStateChange(state);
  }

  function schedule(delay: number) {
    clearTimeout(timer);
    if (!isDisposed) timer = setTimeout(() => void run(), delay);
  }

  async function run(): Promise<boolean> {
    clearTimeout(timer);
    while (inFlight) await inFlight;
    if (unsaved === null) return true;
    const notes = unsaved;
    unsaved = null;
    unsavedSince = null;
    report('saving');
    inFlight = save(notes).catch(() => false);
    const isStored = await inFlight;
    inFlight = null;
    if (!isStored) {
      unsaved ??= notes;
      unsavedSince ??= Date.now();
      report('failed');
      schedule(retryMs);
      return false;
    }
    if (unsaved === null) report('saved');
    return true;
  }

  return {
    push(notes) {
      const now = Date.now();
      unsaved = notes;
      unsavedSince ??= now;
      report('pending');
      schedule(Math.min(delayMs, Math.max(0, unsavedSince + maxWaitMs - now)));
    },
    async flush() {
      // Keys typed while a save is under way are saved too before this resolves.
      for (;;) {
        if (!(await run())) return false;
        if (unsaved === null) return true;
      }
    },
    dispose() {
      isDisposed = true;
      clearTimeout(timer);
    },
  };
}
