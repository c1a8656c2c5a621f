import type { IsoDate } from './calendar';
import type { Cents } from './money';

/** A person at the customer the caller can reach. */
export interface Contact {
  readonly name: string;
  readonly role: string;
  /** As written ("(555) 010-2030"); searched by its digits too. */
  readonly phone: string;
  readonly email: string;
}

/** A customer the team calls: who they are, how they pay, and who to talk to. */
export interface Account {
  readonly id: number;
  readonly name: string;
  /** The accounting system's customer number, or '' when it is not known. */
  readonly number: string;
  readonly contacts: readonly Contact[];
  /** The year they became a customer ("2014"), or '' when it is not known. */
  readonly customerSince: string;
  /** Payment terms as the accounting system writes them ("Net 30"), or ''. */
  readonly terms: string;
  readonly note: string;
}

/**
 * One invoice of an account, as the last imported report (or the caller) left it. Days past due
 * and the aging bucket are not stored: they depend on the day they are looked at.
 */
export interface Invoice {
  readonly id: number;
  readonly accountId: number;
  /** Kept as text: "000123" and "123" are different invoices. */
  readonly number: string;
  readonly invoiceDate: IsoDate | null;
  readonly dueOn: IsoDate | null;
  /** The invoice's original amount, when the report gives it. */
  readonly amountCents: Cents | null;
  /** What is still owed; negative for a credit. */
  readonly openCents: Cents;
  /** ISO 4217 code ("USD"), or '' when the report does not say. */
  readonly currency: string;
  /** The as-of date of the first full report that no longer listed it: paid or closed by then. */
  readonly closedOn: IsoDate | null;
  /**
   * The as-of date of the newest report that listed it (still open then), or null when it did
   * not come from a report. With `closedOn` it brackets when it was paid.
   */
  readonly seenOn: IsoDate | null;
  /** A sub-customer or job the report filed it under ("Customer:Job" gives "Job"), or ''. */
  readonly job: string;
}

/** Aging buckets as most accounting systems print them, by days past due. */
export type AgingBucket = 'current' | '1-30' | '31-60' | '61-90' | '91+';

export const AGING_BUCKETS: readonly AgingBucket[] = ['current', '1-30', '31-60', '61-90', '91+'];

export const AGING_BUCKET_LABELS: Readonly<Record<AgingBucket, string>> = {
  current: 'Not yet due',
  '1-30': '1–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '91+': 'Over 90 days',
};

/** One line of the start form's pick-list: enough to choose the right account. */
export interface AccountPick {
  readonly id: number;
  readonly name: string;
  readonly number: string;
  /** What the typed text matched when it was not the name (an invoice, a phone, a contact). */
  readonly matched: string | null;
  readonly openCents: Cents;
  readonly overdueCents: Cents;
}

/**
 * How account names are matched, on import and when a call starts: "ACME  Supply " and
 * "Acme supply" are the same customer. Case is folded the Unicode way, so "MÜLLER" is "müller".
 */
export function accountNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A phone number's digits, for matching "(555) 010-2030" when "5550102030" is typed. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D+/g, '');
}
