import type { Playbook } from './playbook';
import type { StartCallInput } from './start-call';

/** Notes beyond this are refused rather than silently cut: about 60 pages of typing. */
export const NOTES_MAX_LENGTH = 200_000;

/** Where one playbook step stands in a call. */
export interface StepProgress {
  readonly stepId: string;
  /** Kept with the call so history reads the same after the playbook changes. */
  readonly title: string;
  /** Epoch milliseconds when the caller checked it, or null while open. */
  readonly checkedAt: number | null;
}

/** One call: who it was with, which steps were done and when, and what the caller typed. */
export interface Call {
  readonly id: string;
  readonly playbookId: string;
  readonly playbookVersion: number;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDueCents: number | null;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly steps: readonly StepProgress[];
  readonly notes: string;
}

/** One line of history: enough to recognise a call without loading its notes. */
export interface CallSummary {
  readonly id: string;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly stepsDone: number;
  readonly stepsTotal: number;
}

/** Something the caller did to a live call. Time is not part of it: whoever applies it stamps it. */
export type CallCommand =
  | { readonly type: 'check-step'; readonly stepId: string }
  | { readonly type: 'uncheck-step'; readonly stepId: string }
  | { readonly type: 'edit-notes'; readonly notes: string }
  | { readonly type: 'end' };

/** A new, open call with every step of the playbook unchecked. */
export function createCall(
  id: string,
  input: StartCallInput,
  playbook: Playbook,
  at: number,
): Call {
  return {
    id,
    playbookId: playbook.id,
    playbookVersion: playbook.version,
    customer: input.customer,
    accountNumber: input.accountNumber,
    invoice: input.invoice,
    amountDueCents: input.amountDueCents,
    startedAt: at,
    endedAt: null,
    steps: playbook.steps.map((step) => ({ stepId: step.id, title: step.title, checkedAt: null })),
    notes: '',
  };
}

/**
 * Why this command cannot be applied to this call, in words for the caller, or null when it can.
 * Main refuses such commands; the reducer below simply ignores them.
 */
export function commandProblem(call: Call, command: CallCommand): string | null {
  if (call.endedAt !== null) return 'This call has already ended.';
  if (command.type === 'check-step' || command.type === 'uncheck-step') {
    if (!call.steps.some((step) => step.stepId === command.stepId)) {
      return 'That step is not part of this call.';
    }
  }
  return null;
}

/**
 * The call after one command, applied at `at` (epoch ms). Pure, so main (authoritative) and the
 * renderer (optimistic) reach the same state. Ended calls never change.
 */
export function applyCommand(call: Call, command: CallCommand, at: number): Call {
  if (commandProblem(call, command) !== null) return call;
  switch (command.type) {
    case 'check-step':
      return { ...call, steps: markStep(call.steps, command.stepId, at) };
    case 'uncheck-step':
      return { ...call, steps: markStep(call.steps, command.stepId, null) };
    case 'edit-notes':
      return { ...call, notes: command.notes };
    case 'end':
      return { ...call, endedAt: at };
    default:
      return assertNever(command);
  }
}

function markStep(
  steps: readonly StepProgress[],
  stepId: string,
  checkedAt: number | null,
): readonly StepProgress[] {
  return steps.map((step) => {
    if (step.stepId !== stepId) return step;
    // Checking an already checked step keeps the first time it was done.
    if (checkedAt !== null && step.checkedAt !== null) return step;
    return { ...step, checkedAt };
  });
}

/** The step to work on now: the first one not yet checked, or null when all are done. */
export function currentStep(call: Call): StepProgress | null {
  return call.steps.find((step) => step.checkedAt === null) ?? null;
}

/** How many steps have been checked. */
export function countStepsDone(steps: readonly StepProgress[]): number {
  return steps.filter((step) => step.checkedAt !== null).length;
}

/** The history line for an ended call. */
export function summarizeCall(call: Call & { readonly endedAt: number }): CallSummary {
  return {
    id: call.id,
    customer: call.customer,
    accountNumber: call.accountNumber,
    invoice: call.invoice,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    stepsDone: countStepsDone(call.steps),
    stepsTotal: call.steps.length,
  };
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
