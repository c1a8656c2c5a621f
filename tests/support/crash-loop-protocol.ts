import type { ImportCounts } from '../../shared/domain/imports';
import type { ActiveCall } from '../../shared/ipc/contracts/calls';
import type { ErrorCode } from '../../shared/ipc/result';

// What the crash loop's parent (tests/electron/main/crash-loop.test.ts) and its child
// (tests/support/crash-loop-child.ts) say to each other: one JSON object per stdout line.

/** The environment variable that carries the child's `ChildConfig`, as JSON. */
export const CHILD_CONFIG_VARIABLE = 'CALL_COACH_CRASH_CHILD';

export interface ChildConfig {
  /** The run's seed; with the round it picks the child's whole workload. */
  readonly seed: number;
  readonly round: number;
  /** Epoch milliseconds the child's clock starts at; it moves only when the core reads it. */
  readonly clockStart: number;
  /** Answer ready, then close the core cleanly and exit: the run's last start. */
  readonly closeWhenReady: boolean;
}

/** The two things going on at once, like a caller typing while an import is stored. */
export type Lane = 'call' | 'office';

/**
 * One stored value a write sets, as a key the parent can read back from the file
 * (see `keys`) and the value as text.
 */
export interface Write {
  readonly key: string;
  readonly value: string;
}

/** An import the core answered as stored. */
export interface ImportAck {
  readonly fileName: string;
  readonly isFull: boolean;
  readonly counts: ImportCounts;
  readonly isComplete: boolean;
}

export type ChildLine =
  /** The core is up and answered which call is open. */
  | {
      readonly t: 'ready';
      readonly notice: string | null;
      readonly active: ActiveCall | null;
      readonly startMs: number;
    }
  /** Start-up's own job (the worklist's catch-up in the import worker) has finished. */
  | { readonly t: 'caught-up' }
  /** About to send a write: what it sets if it lands. */
  | { readonly t: 'send'; readonly lane: Lane; readonly op: string; readonly writes: Write[] }
  /** The core answered ok: these values are stored. */
  | {
      readonly t: 'ack';
      readonly lane: Lane;
      readonly op: string;
      readonly writes: Write[];
      readonly imported?: ImportAck;
    }
  /** The core refused the write; nothing is acknowledged. */
  | {
      readonly t: 'refused';
      readonly lane: Lane;
      readonly op: string;
      readonly code: ErrorCode;
      readonly message: string;
    }
  /** Something the core logged as an error. */
  | { readonly t: 'log'; readonly message: string };

/** The keys of `Write`, each naming one stored fact. Ids hold no `|`. */
export const keys = {
  started: (callId: string) => `started|${callId}`,
  ended: (callId: string) => `ended|${callId}`,
  notes: (callId: string) => `notes|${callId}`,
  field: (callId: string, sectionId: string, fieldId: string) =>
    `field|${callId}|${sectionId}|${fieldId}`,
  step: (callId: string, stepId: string) => `step|${callId}|${stepId}`,
  due: (followUpId: string) => `due|${followUpId}`,
  done: (followUpId: string) => `done|${followUpId}`,
  mark: (callId: string) => `mark|${callId}`,
};

/** The value of a `started`, `ended`, `step` or `done` fact that holds. */
export const YES = 'yes';

/** One seed from several numbers (the run's seed, a round, a lane), well spread. */
export function mixSeeds(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
  }
  return hash;
}
