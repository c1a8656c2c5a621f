import type { CardWords, CheckInMail } from '../../../shared/domain/account-card';
import type {
  DisputeRecord,
  LastContact,
  PromiseRecord,
} from '../../../shared/domain/account-file';
import { invoiceNumberKey } from '../../../shared/domain/account-records';
import { AGING_BUCKET_LABELS, AGING_BUCKETS, type Invoice } from '../../../shared/domain/accounts';
import { daysPastDueOn, type AccountBalance } from '../../../shared/domain/aging';
import type { IsoDate } from '../../../shared/domain/calendar';

// The account card's lines, written from the card model. Each says only what the data holds:
// a part the record leaves blank is left out of its sentence.

/** "Price or rate is wrong: $300.00 on INV-0042, raised Nov 2, 2026; Sam to answer by Nov 9, 2026." */
export function disputeLine(dispute: DisputeRecord, words: CardWords): string {
  const amount = dispute.disputedCents === null ? '' : words.money(dispute.disputedCents);
  const invoices = words.list(dispute.invoiceNumbers);
  const about = amount !== '' && invoices !== '' ? `${amount} on ${invoices}` : amount || invoices;
  const what = `${dispute.reason || 'Disputed'}${about === '' ? '' : `: ${about}`}`;
  const answer =
    dispute.owner !== '' && dispute.answerBy !== null
      ? `; ${dispute.owner} to answer by ${words.date(dispute.answerBy)}`
      : dispute.owner !== ''
        ? `; ${dispute.owner} is on it`
        : dispute.answerBy !== null
          ? `; answer due by ${words.date(dispute.answerBy)}`
          : '';
  return `${what}, raised ${words.date(dispute.openedOn)}${answer}.`;
}

/** "$1,250.00 by Nov 27, 2026 (Check) for INV-0042, promised Nov 16, 2026." */
export function promiseLine(promise: PromiseRecord, words: CardWords): string {
  const amount = promise.amountCents === null ? 'A payment' : words.money(promise.amountCents);
  const method = promise.method === '' ? '' : ` (${promise.method})`;
  const invoices =
    promise.invoiceNumbers.length > 0 ? ` for ${words.list(promise.invoiceNumbers)}` : '';
  return `${amount} by ${words.date(promise.payBy)}${method}${invoices}, promised ${words.date(promise.madeOn)}.`;
}

/** "Check 104522 for $1,250.00, mailed Nov 20, 2026, expected by Nov 30, 2026, for INV-0042." */
export function checkLine({ check, expectedBy }: CheckInMail, words: CardWords): string {
  const which = check.checkNumber === '' ? 'A check' : `Check ${check.checkNumber}`;
  const amount = check.amountCents === null ? '' : ` for ${words.money(check.amountCents)}`;
  const mailed = check.mailedOn === null ? '' : `, mailed ${words.date(check.mailedOn)}`;
  const invoices =
    check.invoiceNumbers.length > 0 ? `, for ${words.list(check.invoiceNumbers)}` : '';
  return `${which}${amount}${mailed}, expected by ${words.date(expectedBy)}${invoices}.`;
}

/** "$1,250.00 of $1,550.00 open" or, with nothing late, "Nothing overdue; $300.00 open". */
export function overdueLine(balance: AccountBalance, words: CardWords): string {
  if (balance.overdueCents <= 0) return `Nothing overdue; ${words.money(balance.openCents)} open`;
  if (balance.overdueCents === balance.openCents) return `${words.money(balance.overdueCents)}`;
  return `${words.money(balance.overdueCents)} of ${words.money(balance.openCents)} open`;
}

/** The aging buckets that hold something, in the order reports print them. */
export function agingParts(
  balance: AccountBalance,
  words: CardWords,
): { readonly label: string; readonly amount: string }[] {
  return AGING_BUCKETS.filter((bucket) => balance.buckets[bucket] !== 0).map((bucket) => ({
    label: AGING_BUCKET_LABELS[bucket],
    amount: words.money(balance.buckets[bucket]),
  }));
}

/** "INV-0042: $1,250.00 open, due Oct 15, 2026, 39 days late." */
export function invoiceLine(invoice: Invoice, today: IsoDate, words: CardWords): string {
  const late = daysPastDueOn(invoice.dueOn, today);
  const due =
    invoice.dueOn === null
      ? ''
      : `, due ${words.date(invoice.dueOn)}${late === null ? '' : `, ${daysInWords(late)} late`}`;
  return `${invoice.number}: ${words.money(invoice.openCents)} open${due}.`;
}

/**
 * The invoices this call is about: the ones it was started with when the account has them
 * open, else the ones the card suggests. Numbers the account has no open invoice for are
 * returned apart, so the card can say so.
 */
export function callInvoices(
  named: readonly string[],
  suggested: readonly string[],
  openInvoices: readonly Invoice[],
): { readonly found: readonly Invoice[]; readonly unknown: readonly string[] } {
  const numbers = named.length > 0 ? named : suggested;
  const found: Invoice[] = [];
  const unknown: string[] = [];
  for (const number of numbers) {
    const invoice = openInvoices.find(
      (open) => invoiceNumberKey(open.number) === invoiceNumberKey(number),
    );
    if (invoice) found.push(invoice);
    else unknown.push(number);
  }
  return { found, unknown };
}

/** "Nov 16, 2026: Promise to pay. Next: Call to confirm, by Nov 21, 2026." */
export function lastContactLine(contact: LastContact, words: CardWords): string {
  const outcome = contact.outcomeLabel ? `: ${contact.outcomeLabel}.` : '.';
  const next = contact.nextAction
    ? ` Next: ${contact.nextAction.what}, by ${words.date(contact.nextAction.dueOn)}.`
    : '';
  return `${words.date(contact.on)}${outcome}${next}`;
}

const daysInWords = (days: number): string => (days === 1 ? '1 day' : `${days} days`);
