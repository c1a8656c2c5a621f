import type { Invoice } from '../../../shared/domain/accounts';
import type { TimelineEntry } from '../../../shared/domain/account-timeline';
import type { IsoDate } from '../../../shared/domain/calendar';
import { promiseStatus, type PromiseStatus } from '../../../shared/domain/promises';
import type { CardWords } from '../../../shared/domain/account-card';

/** The entries of one day, newest first. */
export interface TimelineDay {
  readonly on: IsoDate;
  readonly entries: readonly TimelineEntry[];
}

/** Entries listed newest first, grouped by their day in the same order. */
export function timelineDays(entries: readonly TimelineEntry[]): TimelineDay[] {
  const days: { on: IsoDate; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.on === entry.on) last.entries.push(entry);
    else days.push({ on: entry.on, entries: [entry] });
  }
  return days;
}

const STATUS_WORDS: Readonly<Record<PromiseStatus['kind'], string>> = {
  pending: 'Pending',
  kept: 'Kept',
  broken: 'Broken',
  'partly-kept': 'Partly kept',
  unverifiable: 'Cannot tell',
};

/** A promise's status in the caller's words: "Pending", "Kept", "Cannot tell"… */
export function promiseStatusWords(kind: PromiseStatus['kind']): string {
  return STATUS_WORDS[kind];
}

/** Where a promise on the timeline stands today, judged on the account's invoices. */
export function timelinePromiseStatus(
  entry: Extract<TimelineEntry, { kind: 'promise' }>,
  invoices: readonly Invoice[],
  today: IsoDate,
): PromiseStatus {
  return promiseStatus(
    {
      callId: entry.callId,
      madeOn: entry.on,
      payBy: entry.payBy,
      amountCents: entry.amountCents,
      method: '',
      invoiceNumbers: entry.invoiceNumbers,
    },
    invoices,
    today,
  );
}

/** "$1,250.00 by Nov 30, 2026", or "to pay by Nov 30, 2026" with no amount. */
export function promiseText(
  entry: Extract<TimelineEntry, { kind: 'promise' }>,
  words: CardWords,
): string {
  const by = `by ${words.date(entry.payBy)}`;
  return entry.amountCents === null ? `to pay ${by}` : `${words.money(entry.amountCents)} ${by}`;
}

/** "INV-0042 listed, $1,250.00", "INV-0042 changed to $200.00", "INV-0042 closed as paid". */
export function invoiceChangeText(
  entry: Extract<TimelineEntry, { kind: 'invoice' }>,
  words: CardWords,
): string {
  const amount = words.money(entry.openCents);
  switch (entry.change) {
    case 'listed':
      return `${entry.number} listed, ${amount}`;
    case 'changed':
      return `${entry.number} changed to ${amount}`;
    case 'closed':
      return `${entry.number} closed as paid`;
    case 'reopened':
      return `${entry.number} reopened, ${amount}`;
  }
}

/** "Check the payment arrived, by Nov 21, 2026". */
export function nextActionText(
  action: { readonly what: string; readonly dueOn: IsoDate },
  words: CardWords,
): string {
  return `${action.what}, by ${words.date(action.dueOn)}`;
}
