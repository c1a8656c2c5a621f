import { otherDetailKey, type CaptureValues } from './capture';
import type { Closing } from './closing';
import { findBranch, findField, findSection, type Playbook } from './playbook';
import type { StartCallInput } from './start-call';

/**
 * Notes beyond this are refused rather than silently cut: a megabyte pasted in (1,048,576
 * characters of plain text, fewer of any other), some 300 pages.
 */
export const NOTES_MAX_LENGTH = 1_048_576;

/** Where one playbook step stands in a call. */
export interface StepProgress {
  readonly stepId: string;
  /** Kept with the call so history reads the same after the playbook changes. */
  readonly title: string;
  /** Epoch milliseconds when the caller checked it, or null while open. */
  readonly checkedAt: number | null;
}

/** A situation the call went into (check in the mail, dispute…), and when. */
export interface OpenBranch {
  readonly branchId: string;
  readonly openedAt: number;
}

/**
 * One call: who it was with, which steps were done and when, the situations it went into, what
 * the caller captured and typed, and how it ended.
 */
export interface Call {
  readonly id: string;
  /** With the version, names the exact playbook snapshot the call used. */
  readonly playbookId: string;
  readonly playbookVersion: number;
  /** The account the call is about; null only while a call is being created. */
  readonly accountId: number | null;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDueCents: number | null;
  readonly contact: string;
  /** As the caller gave it, e.g. "2014". */
  readonly customerSince: string;
  /** The invoice's due date (YYYY-MM-DD), from which days past due are counted. */
  readonly dueOn: string | null;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly steps: readonly StepProgress[];
  /** Branches currently open, oldest first. Closing one keeps what was captured in it. */
  readonly branches: readonly OpenBranch[];
  /** What was typed into each step's or branch's form: section id, then field id. */
  readonly captures: Readonly<Record<string, CaptureValues>>;
  /** Questions ticked as asked, as `questionKey(sectionId, index)`. */
  readonly questionsAsked: readonly string[];
  readonly notes: string;
  /** Set when the call ends; null for an open call and for calls stored before outcomes existed. */
  readonly closing: Closing | null;
}

/** A piece of a search result's excerpt: a matching word is marked, for highlighting. */
export interface ExcerptPart {
  readonly text: string;
  readonly isMatch: boolean;
}

/** One line of history: enough to recognise a call without loading its notes. */
export interface CallSummary {
  readonly id: string;
  readonly accountId: number | null;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDueCents: number | null;
  /**
   * For a search: the words around the best match (in the notes, a captured value, a name),
   * matching words marked. Null without search words.
   */
  readonly excerpt: readonly ExcerptPart[] | null;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly outcomeLabel: string | null;
  /** When the next action is due, if there is one. */
  readonly actionDueOn: string | null;
}

/** Something the caller did to a live call. Time is not part of it: whoever applies it stamps it. */
export type CallCommand =
  | { readonly type: 'check-step'; readonly stepId: string }
  | { readonly type: 'uncheck-step'; readonly stepId: string }
  | { readonly type: 'edit-notes'; readonly notes: string }
  | { readonly type: 'open-branch'; readonly branchId: string }
  | { readonly type: 'close-branch'; readonly branchId: string }
  | {
      readonly type: 'set-field';
      readonly sectionId: string;
      readonly fieldId: string;
      readonly value: string;
    }
  | {
      readonly type: 'set-question';
      readonly sectionId: string;
      readonly index: number;
      readonly isAsked: boolean;
    }
  | { readonly type: 'end'; readonly closing: Closing };

/**
 * What the caller types: the notes and form fields. These are saved in the background as they
 * are typed, and main answers them without sending the call back.
 */
export type TypedCommand = Extract<CallCommand, { type: 'edit-notes' | 'set-field' }>;

/** Main's answer to a typed command: it is stored. */
export interface TypingSaved {
  /** Epoch milliseconds when main stored it. */
  readonly savedAt: number;
}

/** How a ticked question is recorded. */
export const questionKey = (sectionId: string, index: number): string => `${sectionId}#${index}`;

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
    accountId: input.accountId ?? null,
    customer: input.customer,
    accountNumber: input.accountNumber,
    invoice: input.invoice,
    amountDueCents: input.amountDueCents,
    contact: input.contact,
    customerSince: input.customerSince,
    dueOn: input.dueOn,
    startedAt: at,
    endedAt: null,
    steps: playbook.steps.map((step) => ({ stepId: step.id, title: step.title, checkedAt: null })),
    branches: [],
    captures: {},
    questionsAsked: [],
    notes: '',
    closing: null,
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
 * Why this command does not fit the playbook the call uses (a branch, field or question it does
 * not have), or null when it does. Main checks this against the call's own playbook snapshot.
 */
export function playbookProblem(playbook: Playbook, command: CallCommand): string | null {
  switch (command.type) {
    case 'open-branch':
    case 'close-branch':
      return findBranch(playbook, command.branchId)
        ? null
        : 'That situation is not in this playbook.';
    case 'set-field': {
      const section = findSection(playbook, command.sectionId);
      if (!section) return 'That form is not in this playbook.';
      if (findField(section, command.fieldId)) return null;
      const choice = section.fields.find((field) => otherDetailKey(field.id) === command.fieldId);
      return choice?.type === 'choice' && choice.allowOther === true
        ? null
        : 'That field is not in this form.';
    }
    case 'set-question': {
      const section = findSection(playbook, command.sectionId);
      return section && command.index >= 0 && command.index < section.questions.length
        ? null
        : 'That question is not in this playbook.';
    }
    default:
      return null;
  }
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
    case 'open-branch':
      // Opening an open branch again moves it to the end: it is the situation the call is in now.
      return {
        ...call,
        branches: [
          ...call.branches.filter((branch) => branch.branchId !== command.branchId),
          { branchId: command.branchId, openedAt: at },
        ],
      };
    case 'close-branch':
      return { ...call, branches: call.branches.filter((b) => b.branchId !== command.branchId) };
    case 'set-field':
      return {
        ...call,
        captures: {
          ...call.captures,
          [command.sectionId]: {
            ...call.captures[command.sectionId],
            [command.fieldId]: command.value,
          },
        },
      };
    case 'set-question': {
      const key = questionKey(command.sectionId, command.index);
      const others = call.questionsAsked.filter((asked) => asked !== key);
      return { ...call, questionsAsked: command.isAsked ? [...others, key] : others };
    }
    case 'end':
      return { ...call, endedAt: at, closing: command.closing };
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

/** The current step and where it stands among the call's steps. */
export interface StepPosition {
  readonly step: StepProgress;
  /** Counted from 1, as the caller reads it. */
  readonly number: number;
  readonly total: number;
}

/** Where the call is, or null once every step is done. */
export function currentStepPosition(call: Call): StepPosition | null {
  const step = currentStep(call);
  if (!step) return null;
  return { step, number: call.steps.indexOf(step) + 1, total: call.steps.length };
}

/**
 * The step "back one" reopens: the one just before the current step, or the last one when every
 * step is done. Null at the start, where there is nothing to go back to.
 */
export function stepBeforeCurrent(call: Call): StepProgress | null {
  const current = currentStep(call);
  const index = current ? call.steps.indexOf(current) : call.steps.length;
  return call.steps[index - 1] ?? null;
}

/** How many steps have been checked. */
export function countStepsDone(steps: readonly StepProgress[]): number {
  return steps.filter((step) => step.checkedAt !== null).length;
}

/** The history line for an ended call. */
export function summarizeCall(call: Call & { readonly endedAt: number }): CallSummary {
  return {
    id: call.id,
    accountId: call.accountId,
    customer: call.customer,
    accountNumber: call.accountNumber,
    invoice: call.invoice,
    amountDueCents: call.amountDueCents,
    excerpt: null,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    stepsDone: countStepsDone(call.steps),
    stepsTotal: call.steps.length,
    outcomeLabel: call.closing?.outcomeLabel ?? null,
    actionDueOn: call.closing?.action?.dueOn ?? null,
  };
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
