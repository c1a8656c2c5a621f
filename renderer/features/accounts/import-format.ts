import type { DateOrder, DecimalMark } from '../../../shared/domain/aging-report';
import type { IsoDate } from '../../../shared/domain/calendar';
import type { ImportCounts, ImportPhase, ImportResult } from '../../../shared/domain/imports';
import type { Cents } from '../../../shared/domain/money';

// The product's words are English; numbers and dates read the same way everywhere in them.
const LOCALE = 'en-US';

/** "1,203". */
export const count = (value: number): string => value.toLocaleString(LOCALE);

/** "1 invoice", "240 invoices". */
export const counted = (value: number, one: string, many: string): string =>
  `${count(value)} ${value === 1 ? one : many}`;

/** "64 MB", "64.1 MB": rounded up, so a file just over a limit never reads as the limit. */
export function megabytes(bytes: number): string {
  const value = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${value.toLocaleString(LOCALE, { maximumFractionDigits: 1 })} MB`;
}

/** "12,345.67" (or "12.345,67" for a report that writes a decimal comma), whatever the currency. */
export function amount(cents: Cents, mark: DecimalMark): string {
  const written = (Math.abs(cents) / 100).toLocaleString(LOCALE, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const marked =
    mark === '.' ? written : written.replace(/[,.]/g, (sign) => (sign === ',' ? '.' : ','));
  return cents < 0 ? `-${marked}` : marked;
}

/**
 * A row problem's reason without the line number main may already have put in front of it
 * ("Line 14: no customer."), since the list shows the line on its own.
 */
export function problemReason(line: number, reason: string): string {
  const prefix = `Line ${line}: `;
  return reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
}

/** "Nov 30, 2026". */
export function reportDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const local = new Date(year, month - 1, day);
  if (Number.isNaN(local.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(local);
}

/** Total invoices a count covers, whatever happens to each. */
export const invoicesListed = (counts: ImportCounts): number =>
  counts.invoices.created + counts.invoices.updated + counts.invoices.unchanged + counts.older;

const accountsListed = (counts: ImportCounts): number =>
  counts.accounts.created + counts.accounts.updated + counts.accounts.unchanged;

function andList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What storing the preview will change: "Will create 12 accounts and 240 invoices, update 8
 * invoices and close 3 as paid; 1,203 unchanged."
 */
export function changesSentence(counts: ImportCounts): string {
  const { accounts, invoices } = counts;
  const created = [
    accounts.created > 0 ? counted(accounts.created, 'account', 'accounts') : null,
    invoices.created > 0 ? counted(invoices.created, 'invoice', 'invoices') : null,
  ].filter((part) => part !== null);
  const updated = [
    accounts.updated > 0 ? counted(accounts.updated, 'account', 'accounts') : null,
    invoices.updated > 0 ? counted(invoices.updated, 'invoice', 'invoices') : null,
  ].filter((part) => part !== null);
  const changes = [
    created.length > 0 ? `create ${created.join(' and ')}` : null,
    updated.length > 0 ? `update ${updated.join(' and ')}` : null,
    invoices.closed > 0 ? `close ${count(invoices.closed)} as paid` : null,
  ].filter((part) => part !== null);
  const unchanged = counted(invoices.unchanged, 'invoice', 'invoices');
  if (changes.length === 0) return `Nothing to change; ${unchanged} unchanged.`;
  const tail = invoices.unchanged > 0 ? `; ${count(invoices.unchanged)} unchanged` : '';
  return `Will ${andList(changes)}${tail}.`;
}

/** What an import stored, or how far it got before it was stopped. */
export function resultSentence(result: ImportResult, isFullReport: boolean): string {
  const { counts } = result;
  const invoices = counted(
    counts.invoices.created + counts.invoices.updated + counts.invoices.unchanged,
    'invoice',
    'invoices',
  );
  const accounts = counted(accountsListed(counts), 'account', 'accounts');
  const asOf = reportDate(result.asOf);
  if (!result.isComplete) {
    const kept =
      invoicesListed(counts) === 0
        ? 'Stopped before anything was stored.'
        : `Stopped part-way: ${invoices} for ${accounts} were stored as of ${asOf}, and they stay.`;
    const notClosed = isFullReport ? ' No invoices were closed as paid yet.' : '';
    return `${kept}${notClosed} Import the same file again to finish; nothing is stored twice.`;
  }
  const changed = counts.invoices.created + counts.invoices.updated;
  const detail =
    changed === 0
      ? '; none had changed'
      : ` (${[
          counts.invoices.created > 0 ? `${count(counts.invoices.created)} new` : null,
          counts.invoices.updated > 0 ? `${count(counts.invoices.updated)} updated` : null,
        ]
          .filter((part) => part !== null)
          .join(', ')})`;
  const closed =
    counts.invoices.closed > 0 ? `; ${count(counts.invoices.closed)} closed as paid` : '';
  return `Imported ${invoices} for ${accounts} as of ${asOf}${detail}${closed}.`;
}

/** What main is doing, for the progress bar's name. */
export function phaseLabel(phase: ImportPhase | null, fileName: string): string {
  switch (phase) {
    case 'checking':
      return `Comparing “${fileName}” with what is stored`;
    case 'storing':
      return `Storing “${fileName}”`;
    case 'reading':
    case null:
      return `Reading “${fileName}”`;
  }
}

/** "12,000 of 50,000 lines". */
export function progressCount(phase: ImportPhase, done: number, total: number): string {
  const unit = phase === 'reading' ? 'lines' : phase === 'checking' ? 'accounts' : 'invoices';
  return `${count(done)} of ${count(total)} ${unit}`;
}

const MONTHS_DAY_FIRST = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const SLASHED_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

function dayMonth(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1) return null;
  return MONTHS_DAY_FIRST.format(date);
}

function examplesOf(text: string): Record<DateOrder, string> | null {
  const match = SLASHED_DATE.exec(text);
  if (!match) return null;
  const [, first = '', , second = '', yearText = ''] = match;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const monthFirst = dayMonth(year, Number(first), Number(second));
  const dayFirst = dayMonth(year, Number(second), Number(first));
  if (monthFirst === null || dayFirst === null) return null;
  return { 'month-first': `${text} = ${monthFirst}`, 'day-first': `${text} = ${dayFirst}` };
}

const FALLBACK_EXAMPLES: Readonly<Record<DateOrder, string>> = {
  'month-first': '03/04/2026 = 4 March',
  'day-first': '03/04/2026 = 3 April',
};

/**
 * What a date written with numbers means in each order: "03/04/2026 = 4 March" month-first,
 * "03/04/2026 = 3 April" day-first. Uses `written` (a date from the report) when it can be read
 * both ways, so the example is the caller's own.
 */
export function dateOrderExamples(written: string | null): Readonly<Record<DateOrder, string>> {
  return (written === null ? null : examplesOf(written.trim())) ?? FALLBACK_EXAMPLES;
}
