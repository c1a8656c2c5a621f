import { daysBetween, type IsoDate } from './calendar';
import type { Cents } from './money';

/** What a follow-up is about: the situation it came from, or the call's own next action. */
export type WorkKind = 'promise' | 'check' | 'dispute' | 'callback' | 'action';

/** One open follow-up as the worklist shows it. */
export interface WorkItem {
  readonly id: string;
  readonly accountId: number | null;
  readonly customer: string;
  /** The call that left it. */
  readonly callId: string;
  readonly kind: WorkKind;
  readonly what: string;
  readonly who: string;
  readonly dueOn: IsoDate;
  /** What it is about in money (the promise, the check, the amount disputed), when known. */
  readonly amountCents: Cents | null;
  /** The account's total overdue on the day the list is read: the order within a section. */
  readonly overdueCents: Cents;
  /** A promise whose date passed without it being kept: the first thing to raise. */
  readonly isBrokenPromise: boolean;
}

/** Where a follow-up stands on one day. */
export type WorkWhen = 'overdue' | 'today' | 'upcoming';

/** The worklist's sections, in the order it shows them. */
export const WORK_WHEN_ORDER: readonly WorkWhen[] = ['overdue', 'today', 'upcoming'];

export function whenDue(dueOn: IsoDate, today: IsoDate): WorkWhen {
  const days = daysBetween(today, dueOn);
  if (days < 0) return 'overdue';
  return days === 0 ? 'today' : 'upcoming';
}

/**
 * The order within a section, as collectors work: broken promises first, then the accounts that
 * owe most, then the earliest due, then the oldest left (ids rise with time), so the order never
 * depends on how storage happened to return the rows.
 */
export function compareWork(a: WorkItem, b: WorkItem): number {
  if (a.isBrokenPromise !== b.isBrokenPromise) return a.isBrokenPromise ? -1 : 1;
  if (a.overdueCents !== b.overdueCents) return b.overdueCents - a.overdueCents;
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface WorkSection {
  readonly when: WorkWhen;
  readonly items: readonly WorkItem[];
}

/** The worklist on `today`: overdue, due today, upcoming, each in work order; empty ones left out. */
export function worklistSections(items: readonly WorkItem[], today: IsoDate): WorkSection[] {
  return WORK_WHEN_ORDER.flatMap((when) => {
    const inSection = items.filter((item) => whenDue(item.dueOn, today) === when);
    return inSection.length > 0 ? [{ when, items: inSection.sort(compareWork) }] : [];
  });
}

/** How many follow-ups need doing by the end of `today`: the count in the tray and the title. */
export function dueCount(items: readonly WorkItem[], today: IsoDate): number {
  return items.filter((item) => whenDue(item.dueOn, today) !== 'upcoming').length;
}
