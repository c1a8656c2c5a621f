import { daysBetween, isIsoDate, type IsoDate } from './calendar';
import { checkField, hasCapturedValues, type CaptureValues } from './capture';
import { findBranch, findField, type Playbook, type PlaybookBranch } from './playbook';

/** A follow-up's "what" beyond this is refused; the same limit as the headline next action. */
export const FOLLOW_UP_WHAT_MAX_LENGTH = 500;

/** A follow-up's "who" beyond this is refused: a name, a team or a role, never a paragraph. */
export const FOLLOW_UP_WHO_MAX_LENGTH = 200;

/** Who does a follow-up when the situation names nobody: the caller. */
export const FOLLOW_UP_BY_CALLER = 'You';

/**
 * One commitment a call left: what happens, who does it, and by when. Each comes from one
 * situation of the call (a promise's pay-by date, a dispute's answer-by date, a mailed check's
 * follow-up-by date).
 */
export interface FollowUp {
  /** The situation (branch id) it came from; at most one follow-up per situation. */
  readonly sectionId: string;
  readonly what: string;
  readonly who: string;
  readonly dueOn: IsoDate;
}

/** A follow-up as the wrap-up form holds it: the date is whatever the caller typed. */
export interface FollowUpDraft {
  readonly sectionId: string;
  readonly what: string;
  readonly who: string;
  readonly dueOn: string;
}

/** What a call offers for working out its follow-ups. */
export interface FollowUpSource {
  /** The situations still open, in the order they were opened. */
  readonly branches: readonly { readonly branchId: string }[];
  readonly captures: Readonly<Record<string, CaptureValues>>;
}

export type FollowUpErrors = Partial<Record<'sectionId' | 'what' | 'who' | 'dueOn', string>>;

/** Cuts `text` to at most `max` characters, ending in an ellipsis when it was cut. */
export function clipText(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return `${characters.slice(0, max - 1).join('')}…`;
}

/** Trimmed, with runs of white space (a line break in a multi-line field) read as one space. */
const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

/**
 * The situations the call went into and wrote something down in, in the order they were taken
 * up: those already closed first (in the order their forms were first written in; closing one
 * keeps its captures, and it was opened before it was closed), then those still open, in the
 * order they were opened. A situation opened but left empty holds no commitment.
 */
export function situationsWorkedIn(call: FollowUpSource, playbook: Playbook): PlaybookBranch[] {
  const openIds = call.branches.map((branch) => branch.branchId);
  const closedIds = Object.keys(call.captures).filter((id) => !openIds.includes(id));
  return [...closedIds, ...openIds].flatMap((id) => {
    const branch = findBranch(playbook, id);
    return branch && hasCapturedValues(call.captures[id]) ? [branch] : [];
  });
}

/** The date captured in the situation's due field, if it is a real date from today on. */
function capturedDueOn(
  branch: PlaybookBranch,
  values: CaptureValues,
  today: IsoDate,
): IsoDate | null {
  const dueField = branch.action?.dueField;
  const field = dueField ? findField(branch, dueField) : undefined;
  if (field?.type !== 'date') return null;
  const value = values[field.id]?.trim() ?? '';
  if (!isIsoDate(value) || daysBetween(today, value) < 0) return null;
  const check = checkField(field, value, { today, amountDueCents: null, section: branch, values });
  return check?.level === 'error' ? null : value;
}

/** Whoever the situation's who-field names, or the caller when it names nobody. */
function whoDoes(branch: PlaybookBranch, values: CaptureValues): string {
  const whoField = branch.action?.whoField;
  const named = whoField ? tidy(values[whoField] ?? '') : '';
  return named === '' ? FOLLOW_UP_BY_CALLER : clipText(named, FOLLOW_UP_WHO_MAX_LENGTH);
}

/**
 * Every commitment the call's situations hold: one per situation the call went into (open or
 * closed again) whose playbook action names a due field holding a real date from today on, with
 * the action's words, whoever its who-field names (else the caller), and that date; in the order
 * of `situationsWorkedIn`. A situation without such a date yields none here: when it is the
 * latest one, the wrap-up suggests it as the headline next action, and the date the caller gives
 * there keeps it.
 */
export function followUpsOf(call: FollowUpSource, playbook: Playbook, today: IsoDate): FollowUp[] {
  return situationsWorkedIn(call, playbook).flatMap((branch) => {
    const values = call.captures[branch.id] ?? {};
    const dueOn = capturedDueOn(branch, values, today);
    if (!branch.action || dueOn === null) return [];
    return [
      {
        sectionId: branch.id,
        what: clipText(tidy(branch.action.what), FOLLOW_UP_WHAT_MAX_LENGTH),
        who: whoDoes(branch, values),
        dueOn,
      },
    ];
  });
}

/** The wrap-up form's rows for these follow-ups. */
export function followUpDrafts(followUps: readonly FollowUp[]): FollowUpDraft[] {
  return followUps.map((followUp) => ({ ...followUp }));
}

export type FollowUpsCheck =
  | { readonly ok: true; readonly followUps: FollowUp[] }
  | { readonly ok: false; readonly errors: Readonly<Record<string, FollowUpErrors>> };

/**
 * Checks the follow-ups of a wrap-up, the same way in the renderer and in main: each names a
 * situation of the playbook (once), says what happens (at most 500 characters), who does it (at
 * most 200; nobody named means the caller) and a real date from today on. Errors are keyed by
 * situation id. Accepted follow-ups come back trimmed, in the order given.
 */
export function checkFollowUps(
  drafts: readonly FollowUpDraft[],
  playbook: Playbook,
  today: IsoDate,
): FollowUpsCheck {
  // A map, so a hostile id such as `__proto__` is only ever a key.
  const errors = new Map<string, FollowUpErrors>();
  const seen = new Set<string>();
  const followUps = drafts.map((draft): FollowUp => {
    const what = draft.what.trim();
    const who = draft.who.trim();
    const dueOn = draft.dueOn.trim();
    const problems: FollowUpErrors = {};
    if (!findBranch(playbook, draft.sectionId)) {
      problems.sectionId = 'That situation is not in this playbook.';
    } else if (seen.has(draft.sectionId)) {
      problems.sectionId = 'That situation already has a follow-up.';
    }
    seen.add(draft.sectionId);
    if (what === '') problems.what = 'Say what should happen.';
    else if (what.length > FOLLOW_UP_WHAT_MAX_LENGTH) {
      problems.what = `Keep this under ${FOLLOW_UP_WHAT_MAX_LENGTH} characters.`;
    }
    if (who.length > FOLLOW_UP_WHO_MAX_LENGTH) {
      problems.who = `Keep this under ${FOLLOW_UP_WHO_MAX_LENGTH} characters.`;
    }
    if (dueOn === '') problems.dueOn = 'Choose a date, or remove this follow-up.';
    else if (!isIsoDate(dueOn)) problems.dueOn = 'Enter a real date.';
    else if (daysBetween(today, dueOn) < 0) {
      problems.dueOn = 'That date has passed. Choose today or a later date.';
    }
    if (Object.keys(problems).length > 0) {
      errors.set(draft.sectionId, { ...errors.get(draft.sectionId), ...problems });
    }
    return { sectionId: draft.sectionId, what, who: who || FOLLOW_UP_BY_CALLER, dueOn };
  });
  return errors.size > 0
    ? { ok: false, errors: Object.fromEntries(errors) }
    : { ok: true, followUps };
}

/** The earliest-due of these follow-ups (the first listed among those due the same day). */
export function earliestFollowUp(followUps: readonly FollowUp[]): FollowUp | undefined {
  return followUps.reduce<FollowUp | undefined>(
    (earliest, followUp) =>
      earliest === undefined || daysBetween(earliest.dueOn, followUp.dueOn) < 0
        ? followUp
        : earliest,
    undefined,
  );
}
