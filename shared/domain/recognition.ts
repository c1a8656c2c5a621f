import type { AccountFile, DisputeRecord } from './account-file';
import type { Invoice } from './accounts';
import { daysBetween, isIsoDate, type IsoDate } from './calendar';
import type { AccountFact } from './merge-tokens';
import { isRedFlag, isRedFlagCurrent, promiseKeepingRate, promiseStatus } from './promises';

/** Something true and good about the customer that the caller can say on the call. */
export interface Recognition {
  readonly id: 'customer-since' | 'paid-on-time' | 'dispute-resolved' | 'promises-kept';
  /** Said to the customer, as is. */
  readonly text: string;
}

/** Fewer on-time invoices than this in a row is no record worth mentioning. */
export const ON_TIME_RUN_MIN = 3;
/** A broken promise this recent makes praise for paying on time ring false. */
export const BROKEN_PROMISE_QUIET_DAYS = 90;
/** A dispute settled within this many days of being raised was settled quickly. */
export const QUICK_DISPUTE_DAYS = 14;
/** Customers for fewer years than this are not thanked for their years yet. */
export const CUSTOMER_YEARS_MIN = 2;
/** Kept promises needed before keeping "every" promise is worth saying. */
export const KEPT_PROMISES_MIN = 2;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/**
 * What the caller can thank this customer for, most specific first, each only when the account
 * data shows it (an account with no history gives an empty list):
 * - `dispute-resolved`: the most recent dispute settled (resolved or credit agreed) within
 *   14 days of being raised, if it was settled in the last 12 months; named by the month it was
 *   raised, with the year when that is not this year.
 * - `paid-on-time`: the run of most recently due paid invoices (closed, credits left out) that
 *   were closed on or before their due date, newest due date first, stopping at the first one
 *   closed late or without a due date (placed by the day it closed); said when the run is 3 or more. It stays true while an
 *   invoice is overdue now, so that does not stop it; a broken or partly kept promise whose date
 *   fell in the last 90 days does, since praise for paying on time would then ring false.
 * - `promises-kept`: at least 2 promises past their date, every one kept (none unverifiable).
 * - `customer-since`: the year they became a customer, when it is 2 or more years before this one.
 */
export function recognitionFrom(file: AccountFile, today: IsoDate): Recognition[] {
  const found: (Recognition | null)[] = [
    disputeResolved(file.disputes, today),
    paidOnTime(file, today),
    promisesKept(file, today),
    customerSince(file.account.customerSince, today),
  ];
  return found.filter((recognition) => recognition !== null);
}

/**
 * The account facts phrases may state (`ACCOUNT_FACTS`), from the account file on `today`:
 * `paysOnTime` when the paid-on-time recognition holds; `earlierPromise` when a promise from an
 * earlier call is still pending, or was broken or partly kept and still matters (see
 * `isRedFlagCurrent`): exactly the promises the account card shows. The file is taken to hold
 * earlier calls only.
 */
export function accountFacts(file: AccountFile, today: IsoDate): Record<AccountFact, boolean> {
  return {
    paysOnTime: paidOnTime(file, today) !== null,
    earlierPromise: file.promises.some((promise) => {
      const status = promiseStatus(promise, file.invoices, today);
      return status.kind === 'pending' || isRedFlagCurrent(promise, status, file.invoices, today);
    }),
  };
}

function customerSince(since: string, today: IsoDate): Recognition | null {
  const year = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(since.trim())?.[1];
  if (year === undefined) return null;
  if (Number(year) > yearOf(today) - CUSTOMER_YEARS_MIN) return null;
  return {
    id: 'customer-since',
    text: `You've been doing business with us since ${year}. Thank you for sticking with us all this time.`,
  };
}

/** How many of the most recently due paid invoices in a row were paid on time. */
function onTimeRun(invoices: readonly Invoice[]): number {
  const paid = invoices
    .filter((invoice) => invoice.closedOn !== null && !isCredit(invoice))
    // Newest due first. One without a due date is placed by the day it closed: it cannot be
    // called on time, so where it falls inside the run it ends it.
    .toSorted((a, b) => (b.dueOn ?? b.closedOn ?? '').localeCompare(a.dueOn ?? a.closedOn ?? ''));
  let run = 0;
  for (const invoice of paid) {
    if (invoice.dueOn === null || invoice.closedOn === null || invoice.closedOn > invoice.dueOn) {
      break;
    }
    run += 1;
  }
  return run;
}

function isCredit(invoice: Invoice): boolean {
  return (invoice.amountCents ?? invoice.openCents) < 0;
}

function paidOnTime(file: AccountFile, today: IsoDate): Recognition | null {
  const run = onTimeRun(file.invoices);
  if (run < ON_TIME_RUN_MIN) return null;
  const hasRecentBrokenPromise = file.promises.some((promise) => {
    const daysAgo = daysBetween(promise.payBy, today);
    return (
      daysAgo > 0 &&
      daysAgo <= BROKEN_PROMISE_QUIET_DAYS &&
      isRedFlag(promiseStatus(promise, file.invoices, today))
    );
  });
  if (hasRecentBrokenPromise) return null;
  return {
    id: 'paid-on-time',
    text: `The last ${countInWords(run)} invoices you paid were all settled on time, and we really appreciate that.`,
  };
}

function disputeResolved(disputes: readonly DisputeRecord[], today: IsoDate): Recognition | null {
  const yearAgo = `${yearOf(today) - 1}${today.slice(4)}`;
  const quick = disputes
    .filter((dispute): dispute is DisputeRecord & { resolvedOn: IsoDate } => {
      const { openedOn, resolvedOn } = dispute;
      if (resolvedOn === null || !isIsoDate(resolvedOn) || !isIsoDate(openedOn)) return false;
      const took = daysBetween(openedOn, resolvedOn);
      // ISO dates compare as text: settled in the 12 months up to today.
      return (
        resolvedOn >= yearAgo && resolvedOn <= today && took >= 0 && took <= QUICK_DISPUTE_DAYS
      );
    })
    .toSorted((a, b) => b.resolvedOn.localeCompare(a.resolvedOn));
  const latest = quick[0];
  if (latest === undefined) return null;
  const month = MONTHS[Number(latest.openedOn.slice(5, 7)) - 1] ?? '';
  const year = yearOf(latest.openedOn);
  const when = year === yearOf(today) ? month : `${month} ${year}`;
  return {
    id: 'dispute-resolved',
    text: `Thank you again for helping us settle the ${when} dispute so quickly.`,
  };
}

function promisesKept(file: AccountFile, today: IsoDate): Recognition | null {
  const hasUnverifiable = file.promises.some(
    (promise) => promiseStatus(promise, file.invoices, today).kind === 'unverifiable',
  );
  const rate = promiseKeepingRate(file.promises, file.invoices, today);
  if (hasUnverifiable || rate === null || rate.due < KEPT_PROMISES_MIN || rate.kept < rate.due) {
    return null;
  }
  return {
    id: 'promises-kept',
    text: 'Every payment you have promised us so far has come in as agreed. Thank you for that.',
  };
}

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

const countInWords = (count: number): string => SMALL_NUMBERS[count] ?? String(count);
