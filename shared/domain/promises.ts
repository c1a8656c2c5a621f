import type { PromiseRecord } from './account-file';
import { invoiceNumberKey } from './account-records';
import type { Invoice } from './accounts';
import { daysBetween, type IsoDate } from './calendar';

/** Where a promise to pay stands on one day, and which of its invoices were paid in time. */
/** A promise's status as the caller set it by hand; it outranks what the reports show. */
export type PromiseMark = 'kept' | 'broken';
export const PROMISE_MARKS: readonly PromiseMark[] = ['kept', 'broken'];

export interface PromiseStatus {
  readonly kind: 'pending' | 'kept' | 'partly-kept' | 'broken' | 'unverifiable';
  /** Covered invoice numbers (as the promise wrote them) paid by the promise date. */
  readonly paidNumbers: readonly string[];
  /** Covered invoice numbers found on the account but not paid by the promise date. */
  readonly unpaidNumbers: readonly string[];
  /** Covered invoice numbers the account has no invoice for: left out of the verdict. */
  readonly unknownNumbers: readonly string[];
}

/** The account's invoices with this number (a report may list one number under two jobs). */
export function invoicesNumbered(invoices: readonly Invoice[], number: string): Invoice[] {
  const key = invoiceNumberKey(number);
  return invoices.filter((invoice) => invoiceNumberKey(invoice.number) === key);
}

/**
 * True when nothing is owed on the invoice any more: a report stopped listing it, or it shows
 * nothing (or a credit) left to pay.
 */
export function isInvoiceSettled(invoice: Invoice): boolean {
  return invoice.closedOn !== null || invoice.openCents <= 0;
}

/**
 * Whether a promise to pay was kept, on `today`. The rules:
 * - A covered invoice counts as paid by the promise date unless something shows it was still owed
 *   after that date: it is still open (a partly paid one too), or it was closed but a report dated
 *   after `payBy` still listed it. Reports come now and then, so an invoice closed between a report
 *   before the date and one after it may have been paid either side of it; the customer is then
 *   given the benefit of the doubt rather than a broken promise the data does not show.
 * - A promise whose covered invoices are all paid by its date is kept, even before that date.
 * - Otherwise it is pending until the end of its day: on `payBy` itself it is still pending.
 * - After its date: all paid is kept, some paid is partly kept, none paid is broken. Invoices
 *   closed only after the date do not make it kept: a broken promise stays broken, paid late.
 * - Covered numbers the account has no invoice for are left out; when none of them is found,
 *   Call Coach cannot tell, so the promise is pending until its date and unverifiable after it.
 */
export function promiseStatus(
  promise: PromiseRecord,
  invoices: readonly Invoice[],
  today: IsoDate,
): PromiseStatus {
  const paidNumbers: string[] = [];
  const unpaidNumbers: string[] = [];
  const unknownNumbers: string[] = [];
  for (const number of promise.invoiceNumbers) {
    const found = invoicesNumbered(invoices, number);
    if (found.length === 0) unknownNumbers.push(number);
    else if (found.every((invoice) => isPaidBy(invoice, promise.payBy))) paidNumbers.push(number);
    else unpaidNumbers.push(number);
  }
  const numbers = { paidNumbers, unpaidNumbers, unknownNumbers };
  // ISO dates compare as text; the promise runs to the end of its day.
  const isPastDate = today > promise.payBy;
  if (paidNumbers.length === 0 && unpaidNumbers.length === 0) {
    return { kind: isPastDate ? 'unverifiable' : 'pending', ...numbers };
  }
  if (unpaidNumbers.length === 0) return { kind: 'kept', ...numbers };
  if (!isPastDate) return { kind: 'pending', ...numbers };
  return { kind: paidNumbers.length > 0 ? 'partly-kept' : 'broken', ...numbers };
}

function isPaidBy(invoice: Invoice, payBy: IsoDate): boolean {
  if (invoice.closedOn === null) return invoice.openCents <= 0;
  return invoice.seenOn === null || invoice.seenOn <= payBy;
}

/** A promise the caller should raise on the next call: broken, or only partly kept. */
export function isRedFlag(status: Pick<PromiseStatus, 'kind'>): boolean {
  return status.kind === 'broken' || status.kind === 'partly-kept';
}

/** How long after its date a broken promise stays a red flag once what it covered is paid. */
export const PAID_LATE_FLAG_DAYS = 90;

/**
 * Covered invoice numbers left unpaid by the promise date that still have something owed today
 * (as opposed to paid late since).
 */
export function stillOpenNumbers(status: PromiseStatus, invoices: readonly Invoice[]): string[] {
  return status.unpaidNumbers.filter((number) =>
    invoicesNumbered(invoices, number).some((invoice) => !isInvoiceSettled(invoice)),
  );
}

/**
 * True while a broken or partly kept promise is worth raising: an invoice it left unpaid is still
 * open, or its date was at most 90 days ago (it was paid late since). Older ones that have been
 * paid since stay on the record (the keeping rate) but no longer show as red flags.
 */
export function isRedFlagCurrent(
  promise: PromiseRecord,
  status: PromiseStatus,
  invoices: readonly Invoice[],
  today: IsoDate,
): boolean {
  if (!isRedFlag(status)) return false;
  return (
    stillOpenNumbers(status, invoices).length > 0 ||
    daysBetween(promise.payBy, today) <= PAID_LATE_FLAG_DAYS
  );
}

/**
 * How many of the account's promises were kept, out of those whose outcome is known: past their
 * date and not unverifiable. Null when there is none such, so no rate can be given.
 */
export function promiseKeepingRate(
  promises: readonly PromiseRecord[],
  invoices: readonly Invoice[],
  today: IsoDate,
): { readonly kept: number; readonly due: number } | null {
  let kept = 0;
  let due = 0;
  for (const promise of promises) {
    if (today <= promise.payBy) continue;
    const { kind } = promiseStatus(promise, invoices, today);
    if (kind === 'unverifiable') continue;
    due += 1;
    if (kind === 'kept') kept += 1;
  }
  return due === 0 ? null : { kept, due };
}
