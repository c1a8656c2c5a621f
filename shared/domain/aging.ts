import { AGING_BUCKETS, type AgingBucket, type Invoice } from './accounts';
import { daysBetween, isIsoDate, type IsoDate } from './calendar';
import type { Cents } from './money';

/**
 * How many days late an invoice due on `dueOn` is on `today`; null when the due date is unknown
 * or the invoice is not late yet (on its due date it is not a day late).
 */
export function daysPastDueOn(dueOn: IsoDate | null, today: IsoDate): number | null {
  if (dueOn === null || !isIsoDate(dueOn)) return null;
  const late = daysBetween(dueOn, today);
  return late > 0 ? late : null;
}

/** The aging bucket for so many days past due: not late (or unknown) is 'current'. */
export function agingBucketOf(daysPastDue: number | null): AgingBucket {
  if (daysPastDue === null || daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return '91+';
}

/** What an account owes on one day, and how late it is. */
export interface AccountBalance {
  /** Everything still open, credits included (they lower it). */
  readonly openCents: Cents;
  /** The open amount of the late buckets (every bucket but 'current'), credits in them included. */
  readonly overdueCents: Cents;
  readonly buckets: Readonly<Record<AgingBucket, Cents>>;
  /** Open invoices and credits, oldest due date first; those without a due date last. */
  readonly openInvoices: readonly Invoice[];
  /** The open invoice with something owed that fell due first (credits are never it). */
  readonly oldestOpen: Invoice | null;
  /** The same among the late ones: the invoice that has been overdue longest. */
  readonly oldestOverdue: Invoice | null;
  /**
   * The currency the sums are in: the most common one among the open invoices (among all the
   * account's invoices when none is open), or '' when no invoice says.
   */
  readonly currency: string;
}

/** An invoice is open until a report stops listing it, and while something (or a credit) is left. */
export function isOpenInvoice(invoice: Invoice): boolean {
  return invoice.closedOn === null && invoice.openCents !== 0;
}

/**
 * The account's balance on `today`: the open total, the overdue total and each aging bucket's
 * share, with the open invoices oldest due first. A credit (negative open amount) counts in the
 * open total and in the bucket its due date puts it in, as aging reports print it.
 *
 * One account is assumed to be billed in one currency: amounts are added up whatever their
 * currency, and `currency` says which one they are most likely in.
 */
export function accountBalance(invoices: readonly Invoice[], today: IsoDate): AccountBalance {
  const buckets: Record<AgingBucket, Cents> = Object.fromEntries(
    AGING_BUCKETS.map((bucket) => [bucket, 0]),
  ) as Record<AgingBucket, Cents>;
  const openInvoices = invoices.filter(isOpenInvoice).toSorted(byDueDate);
  let openCents = 0;
  for (const invoice of openInvoices) {
    openCents += invoice.openCents;
    buckets[agingBucketOf(daysPastDueOn(invoice.dueOn, today))] += invoice.openCents;
  }
  const owed = openInvoices.filter((invoice) => invoice.openCents > 0);
  return {
    openCents,
    overdueCents: openCents - buckets.current,
    buckets,
    openInvoices,
    oldestOpen: owed[0] ?? null,
    oldestOverdue: owed.find((invoice) => daysPastDueOn(invoice.dueOn, today) !== null) ?? null,
    currency: mostCommonCurrency(openInvoices) || mostCommonCurrency(invoices),
  };
}

/** Oldest due date first, unknown due dates last; then by invoice date and number, for a stable order. */
function byDueDate(a: Invoice, b: Invoice): number {
  return (
    compareDates(a.dueOn, b.dueOn) ||
    compareDates(a.invoiceDate, b.invoiceDate) ||
    a.number.localeCompare(b.number, 'en-US', { numeric: true })
  );
}

function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  // ISO dates sort as text.
  return a < b ? -1 : 1;
}

/** The most common non-empty currency code, the first seen on a tie; '' when none is given. */
function mostCommonCurrency(invoices: readonly Invoice[]): string {
  const counts = new Map<string, number>();
  for (const invoice of invoices) {
    const code = invoice.currency.trim().toUpperCase();
    if (code !== '') counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
