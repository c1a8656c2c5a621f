import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { nextDay } from 'date-fns/nextDay';
import { parseISO } from 'date-fns/parseISO';
import { subMonths } from 'date-fns/subMonths';
import type { Day } from 'date-fns';
import type { IsoDate } from './calendar';
import { dayPartsOf, isoDayOf, isRealDay } from './day-text';

/**
 * Dates typed as text, the way callers type them: in their locale's order (12/3 in the US, 3/12
 * in the UK), with English month names, or as a shortcut (`tom`, `+3`, `fri`). One input, one
 * Tab stop, no calendar to click through.
 */

/** The order a locale writes a numeric date in. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

/** What a typed date is read against. */
export interface DateEntryContext {
  /** The caller's local date: shortcuts and dates without a year count from it. */
  readonly today: IsoDate;
  /** Decides whether 3/12 is March 12 or 3 December. */
  readonly locale: string;
  /**
   * Which way a date without a year leans: 'ahead' (the default) for dates to come, such as a
   * promise or a follow-up; 'back' for dates that have been, such as a History filter.
   */
  readonly leans?: 'ahead' | 'back';
}

/** What a yearless date is read against: the day, and which way it leans. */
interface Reading {
  readonly today: Date;
  readonly leans: 'ahead' | 'back';
}

// Any fixed day does: only the order of the parts is read.
const SAMPLE_DAY = Date.UTC(2026, 11, 3);
const SEPARATORS = '/.-';

// Building a formatter costs far more than reading a date: one per locale, kept.
const partsByLocale = new Map<string, readonly Intl.DateTimeFormatPart[]>();

/** The locale's numeric date parts; an unknown locale reads as en-US rather than throwing. */
function numericParts(locale: string): readonly Intl.DateTimeFormatPart[] {
  const known = partsByLocale.get(locale);
  if (known !== undefined) return known;
  const parts = formatParts(locale);
  partsByLocale.set(locale, parts);
  return parts;
}

function formatParts(locale: string): Intl.DateTimeFormatPart[] {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  };
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(locale, options);
  } catch {
    formatter = new Intl.DateTimeFormat('en-US', options);
  }
  return formatter.formatToParts(SAMPLE_DAY);
}

/** Whether `locale` writes the month, the day or the year first ("12/3/2026", "3/12/2026"). */
export function dateOrder(locale: string): DateOrder {
  const types = numericParts(locale)
    .map((part) => part.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
  if (types[0] === 'year') return 'ymd';
  return types.indexOf('day') < types.indexOf('month') ? 'dmy' : 'mdy';
}

/** The character the locale puts between the parts of a numeric date: `/`, `.` or `-`. */
function dateSeparator(locale: string): string {
  const literal = numericParts(locale).find((part) => part.type === 'literal')?.value ?? '';
  return [...literal].find((character) => SEPARATORS.includes(character)) ?? '/';
}

const toIso = (date: Date): IsoDate => isoDayOf(date);

/** The date of these numbers, or null when no such day exists (31/02). */
function realDate(year: number, month: number, day: number): IsoDate | null {
  if (!isRealDay(year, month, day)) return null;
  // setFullYear, not the Date constructor, which reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return toIso(date);
}

/**
 * The year a date typed without one is meant in. Leaning ahead: this year, unless that day is
 * more than six months ago, when it means next year (in November, "2/10" is the coming February).
 * Leaning back: this year, unless that day is still to come, when it means last year. Decided on
 * the month and day alone, so that 2/29 finds the leap year it belongs to.
 */
function yearFor(month: number, day: number, { today, leans }: Reading): number {
  const year = today.getFullYear();
  if (leans === 'back') {
    const isAhead =
      month > today.getMonth() + 1 || (month === today.getMonth() + 1 && day > today.getDate());
    return isAhead ? year - 1 : year;
  }
  const threshold = subMonths(today, 6);
  if (threshold.getFullYear() < year) return year;
  const thresholdMonth = threshold.getMonth() + 1;
  const isBefore =
    month < thresholdMonth || (month === thresholdMonth && day < threshold.getDate());
  return isBefore ? year + 1 : year;
}

function fullYear(digits: string): number | null {
  if (digits.length === 4) return Number(digits);
  if (digits.length === 2) return 2000 + Number(digits);
  return null;
}

function dateOf(
  month: number,
  day: number,
  yearDigits: string | undefined,
  reading: Reading,
): IsoDate | null {
  const year = yearDigits === undefined ? yearFor(month, day, reading) : fullYear(yearDigits);
  return year === null ? null : realDate(year, month, day);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// In date-fns order: Sunday is 0.
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_EXTRAS: Readonly<Record<string, Day>> = { weds: 3 };

/** A name or an abbreviation of three letters or more: `dec`, `sept`, `december`. */
const indexByName = (names: readonly string[], word: string): number =>
  word.length < 3 ? -1 : names.findIndex((name) => name.startsWith(word));

const monthOf = (word: string): number | null => {
  const index = indexByName(MONTHS, word);
  return index === -1 ? null : index + 1;
};

const weekdayOf = (word: string): Day | null => {
  const extra = WEEKDAY_EXTRAS[word];
  if (extra !== undefined) return extra;
  const index = indexByName(WEEKDAYS, word);
  return index === -1 ? null : (index as Day);
};

/** Most business days `+N` reaches: three months of working days. */
export const DATE_ENTRY_MAX_BUSINESS_DAYS = 60;
const MAX_CALENDAR_DAYS = 366;
const MAX_WEEKS = 52;

function shortcut(text: string, today: Date): IsoDate | null | undefined {
  if (text === 'today') return toIso(today);
  if (text === 'tomorrow' || text === 'tom') return toIso(addDays(today, 1));
  const offset = /^\+ ?(\d{1,3}) ?([dw]?)$/.exec(text);
  if (offset) {
    const count = Number(offset[1]);
    const unit = offset[2];
    if (count < 1) return null;
    if (unit === 'd') return count <= MAX_CALENDAR_DAYS ? toIso(addDays(today, count)) : null;
    if (unit === 'w') return count <= MAX_WEEKS ? toIso(addWeeks(today, count)) : null;
    return count <= DATE_ENTRY_MAX_BUSINESS_DAYS ? toIso(addBusinessDays(today, count)) : null;
  }
  const weekday = weekdayOf(text);
  if (weekday !== null && /^[a-z]+$/.test(text)) return toIso(nextDay(today, weekday));
  return undefined;
}

function numericDate(text: string, order: DateOrder, reading: Reading): IsoDate | null | undefined {
  if (!/^[\d/.\- ]+$/.test(text)) return undefined;
  const parts = text.split(/[/.\- ]+/).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 3) return null;
  // Four digits first is a year in any locale: 2026-12-03, 2026/12/3.
  const isYearFirst = order === 'ymd' || parts[0]!.length === 4;
  if (parts.length === 2) {
    const [first, second] = parts as [string, string];
    if (first.length > 2 || second.length > 2) return null;
    const [month, day] = order === 'dmy' && !isYearFirst ? [second, first] : [first, second];
    return dateOf(Number(month), Number(day), undefined, reading);
  }
  const [a, b, c] = parts as [string, string, string];
  const [year, month, day] = isYearFirst ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (month.length > 2 || day.length > 2) return null;
  return dateOf(Number(month), Number(day), year, reading);
}

const DAY = /^\d{1,2}$/;
const YEAR = /^(\d{2}|\d{4})$/;

function namedDate(words: readonly string[], reading: Reading): IsoDate | null {
  let rest = words.filter((word) => word !== 'of');
  // A weekday in front ("Thu, Dec 3, 2026") must be the date's own: a mismatch is a typo.
  const weekday = rest.length > 2 ? weekdayOf(rest[0]!) : null;
  if (weekday !== null) rest = rest.slice(1);
  const [first = '', second = '', year] = rest;
  if (rest.length > 3 || (year !== undefined && !YEAR.test(year))) return null;
  const month = monthOf(first) ?? monthOf(second);
  const day = monthOf(first) !== null ? second : first;
  if (month === null || !DAY.test(day)) return null;
  const date = dateOf(month, Number(day), year, reading);
  if (date === null || weekday === null) return date;
  return getDay(parseISO(date)) === weekday ? date : null;
}

/**
 * Reads a date the caller typed, or null when it is not a date:
 *
 * - `2026-12-03`, in any locale;
 * - numbers in the locale's order (`12/3/2026` in en-US, `3.12.26` in de-DE, `2026/12/3` in
 *   ja-JP), split by `/`, `.`, `-` or spaces, with a 4- or 2-digit year (`26` is 2026) or none;
 * - English month names or abbreviations: `Dec 3`, `3 Dec 2026`, `December 3rd, 2026`,
 *   `Thu, Dec 3, 2026` (how dates are shown, so a shown date reads back);
 * - `today`, `tomorrow` or `tom`; `+N`: N business days after today (1 to 60); `+Nd`: N days;
 *   `+Nw`: N weeks; a weekday (`fri`, `friday`): the next one after today.
 *
 * Without a year, a date means this year unless that is more than six months ago, when it
 * means next year; or, leaning back (`leans: 'back'`), this year unless that is still to come,
 * when it means last year. Days that do not exist (31/02, 2/29 outside a leap year) are never
 * read.
 */
export function parseDateEntry(text: string, context: DateEntryContext): IsoDate | null {
  const today = parseISO(context.today);
  if (!isValid(today)) return null;
  const normal = text
    .toLowerCase()
    // Direction marks come along when a date is pasted from right-to-left text.
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/,/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/([a-z])\./g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
  if (normal === '') return null;
  const quick = shortcut(normal, today);
  if (quick !== undefined) return quick;
  const reading: Reading = { today, leans: context.leans ?? 'ahead' };
  const numeric = numericDate(normal, dateOrder(context.locale), reading);
  if (numeric !== undefined) return numeric;
  return namedDate(normal.split(' '), reading);
}

/** The date shortcuts offered beside a date input, as typed. */
export const DATE_SHORTCUTS = [
  { label: '+1 day', entry: '+1' },
  { label: '+7 days', entry: '+7' },
  { label: 'Fri', entry: 'fri' },
] as const;

/**
 * The shortcuts with the dates they give today: the next business day, seven business days on,
 * and the next Friday.
 */
export function dateShortcuts(today: IsoDate): { label: string; entry: string; date: IsoDate }[] {
  return DATE_SHORTCUTS.flatMap(({ label, entry }) => {
    const date = parseDateEntry(entry, { today, locale: 'en-US' });
    return date === null ? [] : [{ label, entry, date }];
  });
}

/**
 * How a stored date shows in its input while not being edited: numbers in the locale's order
 * with a 4-digit year (12/03/2026 in en-US, 03.12.2026 in de-DE), which reads back the same.
 */
export function formatDateEntry(date: IsoDate, locale: string): string {
  const parsed = parseISO(date);
  if (!isValid(parsed)) return date;
  const parts = dayPartsOf(parsed);
  return [...dateOrder(locale)]
    .map((part) => parts[part as 'y' | 'm' | 'd'])
    .join(dateSeparator(locale));
}

/** A hint for the input: "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD". */
export function dateEntryExample(locale: string): string {
  const names = { y: 'YYYY', m: 'MM', d: 'DD' };
  return [...dateOrder(locale)]
    .map((part) => names[part as 'y' | 'm' | 'd'])
    .join(dateSeparator(locale));
}
