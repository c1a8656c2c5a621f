import { daysBetween, isIsoDate, type IsoDate } from './calendar';
import { findBranch, findOutcome, type Playbook } from './playbook';

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
  /** Null only when the caller confirmed there is no next action. */
  readonly action: NextAction | null;
}

/** The wrap-up form exactly as filled in. */
export interface ClosingDraft {
  readonly outcomeId: string;
  readonly what: string;
  readonly dueOn: string;
  /** The caller said, once, that this call really ends without an action. */
  readonly isNoActionConfirmed: boolean;
}

export type ClosingErrors = Partial<Record<'outcomeId' | 'what' | 'dueOn', string>>;

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
 * Checks the wrap-up: an outcome, and a next action with a due date that has not passed. A call
 * that reached the customer should leave them with an action; if it has none, the caller must say
 * so once. A call that reached nobody needs only the date to try again.
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
  if (Object.keys(errors).length > 0)
    return { ok: false, errors, needsNoActionConfirmation: false };

  const base = { outcomeId: outcome.id, outcomeLabel: outcome.label };
  if (outcome.kind === 'follow-up') {
    return { ok: true, closing: { ...base, action: { what: what || DEFAULT_FOLLOW_UP, dueOn } } };
  }
  if (what === '') {
    return draft.isNoActionConfirmed
      ? { ok: true, closing: { ...base, action: null } }
      : { ok: false, errors: {}, needsNoActionConfirmation: true };
  }
  return { ok: true, closing: { ...base, action: { what, dueOn } } };
}

/** The wrap-up form a stored closing corresponds to, so main can check it with the same rules. */
export function draftOf(closing: Closing): ClosingDraft {
  return {
    outcomeId: closing.outcomeId,
    what: closing.action?.what ?? '',
    dueOn: closing.action?.dueOn ?? '',
    isNoActionConfirmed: closing.action === null,
  };
}

/** What the call's situation suggests for the wrap-up. */
export interface ClosingSource {
  readonly branches: readonly { readonly branchId: string }[];
  readonly captures: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Pre-fills the wrap-up from the latest situation the call went into: its outcome, its usual next
 * action, and the due date the caller already captured there (a promise date, a follow-up date).
 */
export function suggestClosing(
  call: ClosingSource,
  playbook: Playbook,
  today: IsoDate,
): ClosingDraft {
  const empty: ClosingDraft = { outcomeId: '', what: '', dueOn: '', isNoActionConfirmed: false };
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
