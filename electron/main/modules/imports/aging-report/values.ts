import type { DateOrder, DecimalMark } from '../../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../../shared/domain/calendar';
import { MAX_CENTS, type Cents } from '../../../../../shared/domain/money';

/** An amount read from a report cell, or why it is not one (to follow the cell, as in "… is not an amount"). */
export type AmountRead =
  | { readonly ok: true; readonly cents: Cents; readonly currency: string | null }
  | { readonly ok: false; readonly reason: string };

/** A date read from a report cell, or why it is not one. */
export type DateRead =
  { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly reason: string };

/** What a cell says about the file's decimal mark: which one, or that it could be either. */
export type DecimalHint = DecimalMark | 'ambiguous' | null;

/** What a cell says about the file's date order: which one, or that it could be either. */
export type DateOrderHint = DateOrder | 'ambiguous' | null;

const NOT_AN_AMOUNT = 'is not an amount';
const NOT_A_DATE = 'is not a date';

// Patterns are compiled once: the reader runs them over every cell of tens of thousands of rows.

// The common shapes, read without taking the text apart: a sign, a symbol, digits grouped in
// threes the file's way, two decimals. Each reads the same under its own mark only.
const COMMON_AMOUNT: Readonly<Record<DecimalMark, RegExp>> = {
  '.': /^(-)?([$€£]?) ?(\d{1,3}(?:,\d{3})+|\d{1,13})(?:\.(\d{1,2}))? ?([€£]?)$/,
  ',': /^(-)?([$€£]?) ?(\d{1,3}(?:\.\d{3})+|\d{1,13})(?:,(\d{1,2}))? ?([€£]?)$/,
};
const NOT_DIGIT = /\D/g;
const GROUP_CHAR = /^[\s'’]$/;
const CURRENCY_TOKEN = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])|(?:US|CA|AU|NZ|HK|[ACSR])?\$|[€£¥₹]/gi;
const THREE_LETTERS = /^[A-Z]{3}$/i;
const DIGITS_AND_MARKS = /^[\d.,\s'’()+\-−–]*$/;
const ENDS_IN_LETTER = /[A-Za-z]\.?$/;
const CREDIT_SUFFIX = /\s*(?:CR|Cr|cr)\.?$/;
const DEBIT_SUFFIX = /\s*(?:DR|Dr|dr)\.?$/;
const PARENTHESES = /^\((.*)\)$/;
const LEADING_SIGN = /^([-−–+])\s*/;
const TRAILING_MINUS = /\s*[-−–]$/;
const NUMBER_CORE = /^[\d.,'’\s]*\d[\d.,'’\s]*$/;
const GROUP_SPACES = /[\s'’]+/g;
const DIGITS = /^\d*$/;
const GROUP_SEPARATOR = /[.,\s]/;
const FIRST_GROUP = /^\d{1,3}$/;
const GROUP = /^\d{3}$/;
const ZEROS = /^0*$/;

// prettier-ignore
const CURRENCY_CODES = new Set([
  'AED', 'AUD', 'BGN', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF',
  'ILS', 'INR', 'ISK', 'JPY', 'MXN', 'NOK', 'NZD', 'PLN', 'RON', 'SAR', 'SEK', 'SGD', 'TRY',
  'USD', 'ZAR',
]);

/** The currency a symbol names for sure; a bare "$" or "¥" could be several. */
const SYMBOL_CURRENCIES: Readonly<Record<string, string>> = {
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
};

const DASHES = new Set(['-', '–', '—', '−']);

interface AmountParts {
  readonly core: string;
  readonly isNegative: boolean;
  readonly currency: string | null;
}

/**
 * Takes the currency and the credit markings off an amount, leaving its digits and separators.
 * Null when anything else is left (a word, a stray letter).
 */
function amountParts(text: string): AmountParts | null {
  let currency: string | null = null;
  let rest = text;
  if (!DIGITS_AND_MARKS.test(text)) {
    for (const token of text.match(CURRENCY_TOKEN) ?? []) {
      const upper = token.toUpperCase();
      if (THREE_LETTERS.test(token)) {
        if (!CURRENCY_CODES.has(upper)) return null; // a word, not a currency code
        currency = upper;
      } else {
        currency = SYMBOL_CURRENCIES[upper] ?? currency;
      }
    }
    rest = text.replace(CURRENCY_TOKEN, ' ').trim();
  }
  let isNegative = false;
  if (ENDS_IN_LETTER.test(rest)) {
    if (CREDIT_SUFFIX.test(rest)) {
      isNegative = true;
      rest = rest.replace(CREDIT_SUFFIX, '');
    } else {
      rest = rest.replace(DEBIT_SUFFIX, '');
    }
  }
  const inParentheses = PARENTHESES.exec(rest);
  if (inParentheses) {
    isNegative = true;
    rest = (inParentheses[1] ?? '').trim();
  }
  const sign = LEADING_SIGN.exec(rest);
  if (sign) {
    if (sign[1] !== '+') isNegative = true;
    rest = rest.slice(sign[0].length);
  } else if (TRAILING_MINUS.test(rest)) {
    isNegative = true;
    rest = rest.replace(TRAILING_MINUS, '');
  }
  if (!NUMBER_CORE.test(rest)) return null;
  return { core: rest.trim().replace(GROUP_SPACES, ' '), isNegative, currency };
}

/** Which of "." and "," is the decimal separator in `core`, or null when it has none. */
function decimalOf(core: string, mark: DecimalMark): DecimalMark | null {
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return null;
  const separator: DecimalMark = lastDot >= 0 ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  if (core.indexOf(separator) !== at) return null; // repeated: it groups thousands
  if (core.includes(' ')) return separator; // spaces group the thousands, so this is the decimal
  if (core.length - at - 1 !== 3) return separator;
  // "1,234" or "1.234": the file's convention decides, unless it cannot be a thousands group.
  const before = core.slice(0, at);
  if (before.length > 3 || before === '0' || before === '') return separator;
  return separator === mark ? separator : null;
}

/** True when the digits of a whole part are grouped in threes (or not grouped at all). */
function isWellGrouped(whole: string, decimal: DecimalMark | null): boolean {
  if (decimal !== null && whole.includes(decimal)) return false;
  const groups = whole.split(GROUP_SEPARATOR);
  if (groups.length === 1) return DIGITS.test(whole);
  const [first = '', ...others] = groups;
  return FIRST_GROUP.test(first) && others.every((group) => GROUP.test(group));
}

function centsOf(whole: string, fraction: string): Cents | string {
  if (!DIGITS.test(fraction)) return NOT_AN_AMOUNT;
  const kept = fraction.slice(0, 2);
  if (!ZEROS.test(fraction.slice(2))) return 'has more than two decimal places';
  const digits = whole.replace(NOT_DIGIT, '');
  if (digits.length > 13) return 'is too large';
  const cents = Number(digits || '0') * 100 + Number(kept.padEnd(2, '0'));
  return cents > MAX_CENTS ? 'is too large' : cents;
}

/**
 * Reads an amount as accounting systems write it into cents: currency signs and codes, spaces
 * and apostrophes between thousands, credits as `-100.00`, `100.00-`, `(100.00)` or `100.00 CR`,
 * and decimal commas. `mark` settles the cases the text cannot (`1,234`). A lone dash is zero.
 */
export function parseAmount(text: string, mark: DecimalMark): AmountRead {
  const trimmed = text.trim();
  const common = COMMON_AMOUNT[mark].exec(trimmed);
  if (common) return commonAmount(common);
  if (DASHES.has(trimmed)) return { ok: true, cents: 0, currency: null };
  const parts = amountParts(trimmed);
  if (!parts) return { ok: false, reason: NOT_AN_AMOUNT };
  const decimal = decimalOf(parts.core, mark);
  const at = decimal === null ? parts.core.length : parts.core.lastIndexOf(decimal);
  const whole = parts.core.slice(0, at).trim();
  const fraction = parts.core.slice(at + 1).trim();
  if (!isWellGrouped(whole, decimal)) return { ok: false, reason: NOT_AN_AMOUNT };
  const cents = centsOf(whole, fraction);
  if (typeof cents === 'string') return { ok: false, reason: cents };
  return {
    ok: true,
    cents: parts.isNegative && cents !== 0 ? -cents : cents,
    currency: parts.currency,
  };
}

function commonAmount(match: RegExpExecArray): AmountRead {
  const [, minus, before = '', whole = '', fraction = '', after = ''] = match;
  const symbol = before || after;
  if (before !== '' && after !== '') return { ok: false, reason: NOT_AN_AMOUNT };
  const cents = centsOf(whole, fraction);
  if (typeof cents === 'string') return { ok: false, reason: cents };
  return {
    ok: true,
    cents: minus !== undefined && cents !== 0 ? -cents : cents,
    currency: SYMBOL_CURRENCIES[symbol] ?? null,
  };
}

function digitsAround(text: string, at: number, step: 1 | -1): number {
  let count = 0;
  for (let index = at + step; index >= 0 && index < text.length; index += step) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) break;
    count += 1;
  }
  return count;
}

/**
 * What one amount cell tells about the file's decimal mark, from where its separators are:
 * `1,234.56` and `12,50` say which, `1.234.567` says the other, `1,234` could be either.
 */
export function decimalHint(text: string): DecimalHint {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return null;
  const separator: DecimalMark = lastDot >= 0 ? '.' : ',';
  const at = Math.max(lastDot, lastComma);
  if (text.indexOf(separator) !== at) return separator === '.' ? ',' : '.';
  const after = digitsAround(text, at, 1);
  const before = digitsAround(text, at, -1);
  if (after === 0 || before === 0) return null;
  if (after !== 3) return separator;
  const isSpaceGrouped =
    before === 3 && GROUP_CHAR.test(text[at - 4] ?? '') && digitsAround(text, at - 4, -1) > 0;
  const cannotGroup = before > 3 || (before === 1 && text[at - 1] === '0');
  return isSpaceGrouped || cannotGroup ? separator : 'ambiguous';
}

// Dates ---------------------------------------------------------------------------------------

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s].*)?$/;
const DAY_MONTH_NAME =
  /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([A-Za-zÀ-ÿ]{3,9})\.?[\s./,-]*(\d{4}|\d{2})$/;
const MONTH_NAME_DAY =
  /^([A-Za-zÀ-ÿ]{3,9})\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s./-]*(\d{4}|\d{2})$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** English month names and the German ones European exports use, by their lower-case spelling. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'jan', 'january', 'januar', 'jän'],
      [2, 'feb', 'february', 'februar'],
      [3, 'mar', 'march', 'mär', 'märz'],
      [4, 'apr', 'april'],
      [5, 'may', 'mai'],
      [6, 'jun', 'june', 'juni'],
      [7, 'jul', 'july', 'juli'],
      [8, 'aug', 'august'],
      [9, 'sep', 'sept', 'september'],
      [10, 'oct', 'october', 'okt', 'oktober'],
      [11, 'nov', 'november'],
      [12, 'dec', 'december', 'dez', 'dezember'],
    ] as const
  ).flatMap(([month, ...names]) => names.map((name) => [name, month] as const)),
);

const SHORT_MONTHS: ReadonlySet<number> = new Set([4, 6, 9, 11]);
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return isLeap ? 29 : 28;
  }
  return SHORT_MONTHS.has(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The year `today` is shifted by whole years, as a bound to compare ISO dates against. */
function shiftedBound(today: IsoDate, years: number): string {
  return `${pad(Number(today.slice(0, 4)) + years, 4)}${today.slice(4)}`;
}

/**
 * The century of a two-digit year: the one that puts the date after 80 years before `today`
 * and no later than 20 years after it, so "26" is 2026 and "50" is 1950 when today is in 2026.
 */
function fullYear(twoDigits: number, month: number, day: number, today: IsoDate): number {
  const lower = shiftedBound(today, -80);
  const upper = shiftedBound(today, 20);
  const century = Math.floor(Number(today.slice(0, 4)) / 100) * 100;
  for (const candidate of [century - 100, century, century + 100]) {
    const date = isoOf(candidate + twoDigits, month, day);
    if (date > lower && date <= upper) return candidate + twoDigits;
  }
  return century + twoDigits;
}

function dateOf(year: string, month: number, day: number, today: IsoDate): DateRead {
  const fullYearNumber =
    year.length === 2 ? fullYear(Number(year), month, day, today) : Number(year);
  const isReal =
    fullYearNumber >= MIN_YEAR &&
    fullYearNumber <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(fullYearNumber, month);
  return isReal
    ? { ok: true, date: isoOf(fullYearNumber, month, day) }
    : { ok: false, reason: NOT_A_DATE };
}

/**
 * Reads a date as reports write it: ISO, numeric with `/`, `-` or `.` (in `order` when both
 * orders would make a date), or with the month's name. Two-digit years fall within 80 years
 * before and 20 years after `today`. Impossible dates (2026-02-30) are not dates.
 */
export function parseReportDate(text: string, order: DateOrder, today: IsoDate): DateRead {
  const trimmed = text.trim();
  const iso = ISO_LIKE.exec(trimmed);
  if (iso) return dateOf(iso[1] ?? '', Number(iso[2]), Number(iso[3]), today);
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const [month, day] = order === 'month-first' ? [first, second] : [second, first];
    return dateOf(numeric[4] ?? '', month, day, today);
  }
  const named = trimmed.replace(WEEKDAY, '');
  const dayFirst = DAY_MONTH_NAME.exec(named);
  if (dayFirst) {
    const month = MONTHS.get((dayFirst[2] ?? '').toLowerCase());
    if (month !== undefined) return dateOf(dayFirst[3] ?? '', month, Number(dayFirst[1]), today);
  }
  const monthFirst = MONTH_NAME_DAY.exec(named);
  if (monthFirst) {
    const month = MONTHS.get((monthFirst[1] ?? '').toLowerCase());
    if (month !== undefined) {
      return dateOf(monthFirst[3] ?? '', month, Number(monthFirst[2]), today);
    }
  }
  return { ok: false, reason: NOT_A_DATE };
}

/**
 * What one date cell tells about the file's date order: a part above 12 settles it, dotted
 * dates (03.09.2026) are day-first by convention, and 03/04/2026 could be either.
 */
export function dateOrderHint(text: string): DateOrderHint {
  const numeric = NUMERIC.exec(text.trim());
  if (!numeric) return null;
  const first = Number(numeric[1]);
  const second = Number(numeric[3]);
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  if (first > 12 || first === second) return null;
  return numeric[2] === '.' ? 'day-first' : 'ambiguous';
}
