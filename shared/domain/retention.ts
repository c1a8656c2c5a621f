import { subMonths } from 'date-fns/subMonths';
import { parseISO } from 'date-fns/parseISO';
import { isIsoDate, type IsoDate } from './calendar';
import { isoDayOf } from './day-text';
import { listInWords } from './text';

/** How many months ended calls are kept; null keeps them for good (the default). */
export type RetentionMonths = number | null;

/** Off: nothing is deleted for its age unless the caller turns it on. */
export const DEFAULT_RETENTION_MONTHS: RetentionMonths = null;

/** The shortest and longest whole-month retention the setting accepts. */
export const RETENTION_MONTHS = { min: 1, max: 120 } as const;

/** The periods the Settings view offers; any accepted value is kept, these are the usual ones. */
export const RETENTION_CHOICES = [3, 6, 12, 24, 36] as const satisfies readonly number[];

/** A setting that can be stored, or the sentence that says why not. */
export type RetentionCheck =
  | { readonly ok: true; readonly months: RetentionMonths }
  | { readonly ok: false; readonly message: string };

/**
 * Accepts null (off) or a whole number of months from 1 to 120; anything else is refused with a
 * sentence for the caller.
 */
export function checkRetentionMonths(value: unknown): RetentionCheck {
  if (value === null) return { ok: true, months: null };
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= RETENTION_MONTHS.min &&
    value <= RETENTION_MONTHS.max
  ) {
    return { ok: true, months: value };
  }
  return {
    ok: false,
    message: `Keep calls for a whole number of months from ${RETENTION_MONTHS.min} to ${RETENTION_MONTHS.max}, or turn deleting old calls off.`,
  };
}

/**
 * The date before which ended calls are deleted: `today` less `months` calendar months, on the
 * same day of the month or that month's last day when it is shorter (2026-03-31 less one month is
 * 2026-02-28). Null when retention is off.
 * @throws RangeError when `today` is not a date or `months` is not an accepted setting
 */
export function retentionCutoff(today: IsoDate, months: RetentionMonths): IsoDate | null {
  const check = checkRetentionMonths(months);
  if (!check.ok) throw new RangeError(check.message);
  if (check.months === null) return null;
  if (!isIsoDate(today)) throw new RangeError("Today's date must be written YYYY-MM-DD.");
  return isoDayOf(subMonths(parseISO(today), check.months));
}

/**
 * The instant before which ended calls are deleted: the start of the cutoff day
 * (`retentionCutoff` of the caller's local date at `nowMs`) in the caller's time zone, so a call
 * is kept for whole local days, whatever the hour retention runs. Null when retention is off.
 * @throws RangeError when `months` is not an accepted setting
 */
export function retentionCutoffAt(nowMs: number, months: RetentionMonths): number | null {
  const cutoff = retentionCutoff(isoDayOf(nowMs), months);
  return cutoff === null ? null : parseISO(cutoff).getTime();
}

/** How many rows a deletion removes, counted before it runs. */
export interface DeletionCounts {
  readonly calls: number;
  readonly promises: number;
  readonly followUps: number;
  readonly contacts: number;
  readonly invoices: number;
  readonly invoiceEvents: number;
}

/** An account about to be deleted: its name, for the confirmation, and what goes with it. */
export interface AccountDeletionCounts {
  readonly name: string;
  readonly counts: DeletionCounts;
}

/** What main deleted, so every window can let go of what it shows. */
export interface CallsDeleted {
  /** One call the caller deleted, an account, or the calls past the retention period. */
  readonly reason: 'call' | 'account' | 'retention';
  /** The call deleted, when one was. */
  readonly callId: string | null;
  /** The account deleted, when one was. */
  readonly accountId: number | null;
  readonly counts: DeletionCounts;
}

function counted(count: number, one: string, many: string): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? one : many}`;
}

function countsInWords(counts: DeletionCounts): string {
  return listInWords(
    [
      counted(counts.calls, 'call', 'calls'),
      counted(counts.promises, 'promise', 'promises'),
      counted(counts.followUps, 'follow-up', 'follow-ups'),
      counted(counts.contacts, 'contact', 'contacts'),
      counted(counts.invoices, 'invoice', 'invoices'),
      counted(counts.invoiceEvents, 'invoice change', 'invoice changes'),
    ].filter((part) => part !== null),
  );
}

/**
 * What a confirmation says will go, naming only what exists: "3 calls, 2 promises and
 * 4 follow-ups", or for an account "the account Acme Supply with 12 calls and 40 invoices".
 * "nothing" when there is nothing to delete.
 */
export function deletionSummary(counts: DeletionCounts, accountName?: string): string {
  const words = countsInWords(counts);
  if (accountName === undefined) return words === '' ? 'nothing' : words;
  const account = `the account ${accountName}`;
  return words === '' ? account : `${account} with ${words}`;
}

const CANNOT_BE_UNDONE = 'This cannot be undone.';

/**
 * The confirmation for deleting one call: "Deletes this call, its promise and 2 follow-ups.
 * This cannot be undone."
 */
export function callDeletionSentence(counts: DeletionCounts): string {
  const parts = [
    'this call',
    counts.promises === 0
      ? null
      : counts.promises === 1
        ? 'its promise'
        : `its ${counts.promises} promises`,
    counts.followUps === 0
      ? null
      : counts.followUps === 1
        ? 'its follow-up'
        : `${counts.followUps} follow-ups`,
  ].filter((part) => part !== null);
  return `Deletes ${listInWords(parts)}. ${CANNOT_BE_UNDONE}`;
}

/**
 * The confirmation for deleting an account: "Deletes the account Acme Supply with 3 calls and
 * 12 invoices. This cannot be undone."
 */
export function accountDeletionSentence(name: string, counts: DeletionCounts): string {
  return `Deletes ${deletionSummary(counts, name)}. ${CANNOT_BE_UNDONE}`;
}

/**
 * The confirmation for turning retention on: what it deletes at once, or that it deletes nothing
 * yet.
 */
export function retentionSentence(months: number, counts: DeletionCounts): string {
  const period = `${months} ${months === 1 ? 'month' : 'months'}`;
  if (counts.calls === 0) {
    return `No call ended more than ${period} ago, so nothing is deleted now. Calls are deleted as they pass ${period}.`;
  }
  const calls = counted(counts.calls, 'call', 'calls');
  const rest = countsInWords({ ...counts, calls: 0 });
  const withRest = rest === '' ? '' : `, with ${rest}`;
  return `Deletes ${calls} that ended more than ${period} ago${withRest}. From then on, calls are deleted each day as they pass ${period}. ${CANNOT_BE_UNDONE}`;
}
