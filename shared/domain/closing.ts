import { addBusinessDaysTo, daysBetween, isIsoDate, type IsoDate } from './calendar';
import {
  checkFollowUps,
  clipText,
  earliestFollowUp,
  FOLLOW_UP_BY_CALLER,
  followUpDrafts,
  followUpsOf,
  type FollowUp,
  type FollowUpDraft,
  type FollowUpErrors,
  type FollowUpSource,
} from './follow-ups';
import { findBranch, findOutcome, type OutcomeSpec, type Playbook } from './playbook';

export const ACTION_MAX_LENGTH = 500;

/** What happens next, by when. */
export interface NextAction {
  readonly what: string;
  readonly dueOn: IsoDate;
}

/** How a call ended and what it left behind. */
export interface Closing {
  readonly outcomeId: string;
  /** Kept with the call so history reads the same after the playbook changes. */
  readonly outcomeLabel: string;
  /**
   * The headline: the one next action the call is known by (its due date is the one History's
   * list shows). Null only when the caller confirmed there is no next action and the call left no
   * follow-up.
   */
  readonly action: NextAction | null;
  /**
   * Every commitment the call's situations left, each with what, who and when, in the order the
   * situations were taken up. The headline may repeat one of them.
   */
  readonly followUps: readonly FollowUp[];
}

/** A closing as stored: those stored before follow-ups existed have no list. */
export type StoredClosing = Omit<Closing, 'followUps'> & {
  readonly followUps?: readonly FollowUp[];
};

/** A stored closing as the app reads it: one stored before follow-ups existed has none. */
export function closingFromStored(stored: StoredClosing): Closing {
  return { ...stored, followUps: stored.followUps ?? [] };
}

/** The wrap-up form exactly as filled in. */
export interface ClosingDraft {
  readonly outcomeId: string;
  readonly what: string;
  readonly dueOn: string;
  /** The caller said, once, that this call really ends without an action. */
  readonly isNoActionConfirmed: boolean;
  /** The follow-ups still listed, with their dates as typed. */
  readonly followUps: readonly FollowUpDraft[];
}

/** The wrap-up's own fields, in the order the form shows them. */
export const CLOSING_FIELDS = ['outcomeId', 'what', 'dueOn'] as const;
export type ClosingField = (typeof CLOSING_FIELDS)[number];

export type ClosingErrors = Partial<Record<ClosingField, string>> & {
  /** By situation id: what is wrong with that follow-up. */
  readonly followUps?: Readonly<Record<string, FollowUpErrors>>;
};

/** Every message in `errors`, the wrap-up's own fields first, then each follow-up's. */
export function closingErrorMessages(errors: ClosingErrors): string[] {
  const own = CLOSING_FIELDS.flatMap((field) => errors[field] ?? []);
  const followUps = Object.values(errors.followUps ?? {}).flatMap((problems) =>
    (['sectionId', 'what', 'who', 'dueOn'] as const).flatMap((key) => problems[key] ?? []),
  );
  return [...own, ...followUps];
}

export type ClosingCheck =
  | { readonly ok: true; readonly closing: Closing }
  | {
      readonly ok: false;
      readonly errors: ClosingErrors;
      /** Nothing is wrong except that there is no action and the caller has not said so. */
      readonly needsNoActionConfirmation: boolean;
    };

/** What the next action of a call nobody answered says when the caller leaves it blank. */
export const DEFAULT_FOLLOW_UP = 'Call again';

/**
 * Checks the wrap-up: an outcome, a next action with a due date that has not passed, and each
 * follow-up (see `checkFollowUps`). A call that reached the customer should leave them with an
 * action: left blank, the headline becomes the earliest follow-up; with no follow-up either, the
 * caller must say once that there is none. A call that reached nobody needs only the date to try
 * again.
 */
export function checkClosing(
  draft: ClosingDraft,
  playbook: Playbook,
  today: IsoDate,
): ClosingCheck {
  const outcome = findOutcome(playbook, draft.outcomeId);
  if (!outcome) {
    const message =
      draft.outcomeId === '' ? 'Choose how the call ended.' : 'Choose one of the outcomes listed.';
    return { ok: false, errors: { outcomeId: message }, needsNoActionConfirmation: false };
  }
  const what = draft.what.trim();
  const dueOn = draft.dueOn.trim();
  const errors: ClosingErrors = {};
  if (what.length > ACTION_MAX_LENGTH)
    errors.what = `Keep this under ${ACTION_MAX_LENGTH} characters.`;
  if (dueOn !== '' && !isIsoDate(dueOn)) errors.dueOn = 'Enter a real date.';
  else if (dueOn !== '' && daysBetween(today, dueOn) < 0) {
    errors.dueOn = 'That date has passed. Choose today or a later date.';
  }

  if (outcome.kind === 'follow-up') {
    if (dueOn === '') errors.dueOn = 'Choose when to try again.';
  } else if (what === '' && dueOn !== '') {
    errors.what = 'Say what should happen by then, or clear the date.';
  } else if (what !== '' && dueOn === '') {
    errors.dueOn = 'Add a due date, so the action can be followed up.';
  }
  const followUps = checkFollowUps(draft.followUps, playbook, today);
  const allErrors: ClosingErrors = followUps.ok
    ? errors
    : { ...errors, followUps: followUps.errors };
  if (!followUps.ok || Object.keys(errors).length > 0)
    return { ok: false, errors: allErrors, needsNoActionConfirmation: false };

  const base = { outcomeId: outcome.id, outcomeLabel: outcome.label };
  const closing = (action: NextAction | null): ClosingCheck => ({
    ok: true,
    closing: { ...base, action, followUps: followUps.followUps },
  });
  if (outcome.kind === 'follow-up') return closing({ what: what || DEFAULT_FOLLOW_UP, dueOn });
  if (what === '') {
    const earliest = earliestFollowUp(followUps.followUps);
    if (earliest) return closing({ what: earliest.what, dueOn: earliest.dueOn });
    return draft.isNoActionConfirmed
      ? closing(null)
      : { ok: false, errors: {}, needsNoActionConfirmation: true };
  }
  return closing({ what, dueOn });
}

/**
 * The wrap-up form a closing corresponds to, so main can check it with the same rules. A closing
 * sent without follow-ups (an older window) is read as having none.
 */
export function draftOf(closing: StoredClosing): ClosingDraft {
  return {
    outcomeId: closing.outcomeId,
    what: closing.action?.what ?? '',
    dueOn: closing.action?.dueOn ?? '',
    isNoActionConfirmed: closing.action === null,
    followUps: followUpDrafts(closing.followUps ?? []),
  };
}

/** What the call's situations suggest for the wrap-up. */
export type ClosingSource = FollowUpSource;

/**
 * Pre-fills the wrap-up. The headline comes from the latest situation the call went into, as
 * today: its outcome, its usual next action, and the due date the caller captured there (a
 * promise date, a follow-up date). The list holds every follow-up of `followUpsOf`.
 */
export function suggestClosing(
  call: ClosingSource,
  playbook: Playbook,
  today: IsoDate,
): ClosingDraft {
  const empty: ClosingDraft = {
    outcomeId: '',
    what: '',
    dueOn: '',
    isNoActionConfirmed: false,
    followUps: followUpDrafts(followUpsOf(call, playbook, today)),
  };
  const latest = call.branches.at(-1);
  const branch = latest ? findBranch(playbook, latest.branchId) : undefined;
  if (!branch) return empty;
  const dueField = branch.action?.dueField;
  const captured = dueField ? (call.captures[branch.id]?.[dueField]?.trim() ?? '') : '';
  const dueOn = isIsoDate(captured) && daysBetween(today, captured) >= 0 ? captured : '';
  return {
    ...empty,
    outcomeId: findOutcome(playbook, branch.outcome) ? branch.outcome : '',
    what: branch.action?.what ?? '',
    dueOn,
  };
}

/** Fields of the wrong-contact situation that name the person to call instead, and how. */
const RIGHT_CONTACT_FIELD = 'right-contact';
const REACH_AT_FIELD = 'reach-at';

/**
 * What to do after a call nobody answered: call again; after reaching the wrong person, call the
 * right one when the situation for that outcome captured who (its who-field, or its
 * `right-contact` field) and, if given, how to reach them (`reach-at`).
 */
function retryAction(outcome: OutcomeSpec, playbook: Playbook, call: ClosingSource): string {
  for (const branch of playbook.branches) {
    if (branch.outcome !== outcome.id) continue;
    const values = call.captures[branch.id] ?? {};
    const read = (fieldId: string | undefined) =>
      fieldId ? (values[fieldId] ?? '').trim().replace(/\s+/g, ' ') : '';
    const name = read(branch.action?.whoField) || read(RIGHT_CONTACT_FIELD);
    if (name === '') continue;
    const reachAt = read(REACH_AT_FIELD);
    return clipText(reachAt ? `Call ${name} at ${reachAt}` : `Call ${name}`, ACTION_MAX_LENGTH);
  }
  return DEFAULT_FOLLOW_UP;
}

/**
 * The closing of a one-key ending (no answer, voicemail, wrong contact): try again the next
 * business day, keeping every follow-up the call's situations hold. Null when the outcome is not
 * one of the playbook's follow-up outcomes. The result passes `checkClosing`.
 */
export function quickClosing(
  outcomeId: string,
  playbook: Playbook,
  call: ClosingSource,
  today: IsoDate,
): Closing | null {
  const outcome = findOutcome(playbook, outcomeId);
  if (outcome?.kind !== 'follow-up') return null;
  return {
    outcomeId: outcome.id,
    outcomeLabel: outcome.label,
    action: {
      what: retryAction(outcome, playbook, call),
      dueOn: addBusinessDaysTo(today, 1),
    },
    followUps: followUpsOf(call, playbook, today),
  };
}

/** One commitment of an ended call, as History lists it. */
export interface Commitment {
  /** The situation it came from; null for a headline that repeats no follow-up. */
  readonly sectionId: string | null;
  readonly what: string;
  readonly who: string;
  readonly dueOn: IsoDate;
  /** True for the headline next action. */
  readonly isHeadline: boolean;
}

/**
 * Every commitment of a closing: its follow-ups in order, the one the headline repeats (same
 * words, same date) marked; a headline that repeats none of them comes first, done by the caller.
 */
export function commitmentsOf(closing: Closing): Commitment[] {
  const { action } = closing;
  const headlineAt = action
    ? closing.followUps.findIndex(
        (followUp) => followUp.what === action.what && followUp.dueOn === action.dueOn,
      )
    : -1;
  const listed = closing.followUps.map((followUp, index) => ({
    ...followUp,
    isHeadline: index === headlineAt,
  }));
  if (!action || headlineAt >= 0) return listed;
  return [
    {
      sectionId: null,
      what: action.what,
      who: FOLLOW_UP_BY_CALLER,
      dueOn: action.dueOn,
      isHeadline: true,
    },
    ...listed,
  ];
}
