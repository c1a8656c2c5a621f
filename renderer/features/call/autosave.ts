/** Where what the caller typed stands relative to what main has stored. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface AutosaveOptions<T> {
  /** Sends one change to main; resolves true when stored. */
  readonly save: (change: T) => Promise<boolean>;
  readonly onStateChange: (state: SaveState) => void;
  /** Quiet time after the last keystroke before saving. */
  readonly delayMs?: number;
  /** Longest a change may wait while the caller keeps typing without a pause. */
  readonly maxWaitMs?: number;
  /** How soon a failed save is tried again. */
  readonly retryMs?: number;
}

export interface Autosave<T> {
  /**
   * Records the latest value for a key (the notes, one form field); it will be saved shortly.
   * A newer value for the same key replaces one not yet sent. Never blocks.
   */
  push(key: string, change: T): void;
  /** Saves anything pending now; resolves true once everything typed is stored. */
  flush(): Promise<boolean>;
  dispose(): void;
}

/**
 * Debounced, ordered saving of everything the caller types during a call. Saves run one at a
 * time so an older value can never land after a newer one; a failed save keeps the value and
 * retries until it is stored.
 */
export function createAutosave<T>({
  save,
  onStateChange,
  delayMs = 300,
  maxWaitMs = 1000,
  retryMs = 2000,
}: AutosaveOptions<T>): Autosave<T> {
  const unsaved = new Map<string, T>();
  let unsavedSince: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isDisposed = false;
  let reported: SaveState = 'saved';

  // Once a save has failed, the state stays 'failed' until one succeeds: retries and further
  // typing must not make the warning disappear and come back (and be announced again).
  function report(state: SaveState) {
    if (state === reported || (reported === 'failed' && state !== 'saved')) return;
    reported = state;
    onStateChange(state);
  }

  function schedule(delay: number) {
    clearTimeout(timer);
    if (!isDisposed) timer = setTimeout(() => void run(), delay);
  }

  /** Sends a batch in order; on the first failure puts it and the rest back, unless retyped. */
  async function send(batch: readonly [string, T][]): Promise<boolean> {
    for (const [index, [, change]] of batch.entries()) {
      const isStored = await save(change).catch(() => false);
      if (isStored) continue;
      for (const [key, value] of batch.slice(index)) {
        if (!unsaved.has(key)) unsaved.set(key, value);
      }
      return false;
    }
    return true;
  }

  async function run(): Promise<boolean> {
    clearTimeout(timer);
    while (inFlight) await inFlight;
    if (unsaved.size === 0) return true;
    const batch = [...unsaved.entries()];
    unsaved.clear();
    unsavedSince = null;
    report('saving');
    inFlight = send(batch);
    const isStored = await inFlight;
    inFlight = null;
    if (!isStored) {
      unsavedSince ??= Date.now();
      report('failed');
      schedule(retryMs);
      return false;
    }
    if (unsaved.size === 0) report('saved');
    return true;
  }

  return {
    push(key, change) {
      const now = Date.now();
      unsaved.set(key, change);
      unsavedSince ??= now;
      report('pending');
      schedule(Math.min(delayMs, Math.max(0, unsavedSince + maxWaitMs - now)));
    },
    async flush() {
      // Keys typed while a save is under way are saved too before this resolves.
      for (;;) {
        if (!(await run())) return false;
        if (unsaved.size === 0) return true;
      }
    },
    dispose() {
      isDisposed = true;
      clearTimeout(timer);
    },
  };
}
