import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { DateOrder, DecimalMark } from '../../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../../shared/domain/calendar';
import type { Cents } from '../../../../../shared/domain/money';
import { dateOrderHint, decimalHint, parseAmount, parseReportDate } from './values';

/** A convention of the file and, when the file could not show it, a warning that says so. */
export interface Convention<T> {
  readonly value: T;
  readonly warning: string | null;
}

interface Tally<T extends string> {
  readonly counts: Map<T, number>;
  readonly examples: Map<T | 'ambiguous', string>;
}

function tally<T extends string>(
  cells: readonly string[],
  hintOf: (cell: string) => T | 'ambiguous' | null,
): Tally<T> {
  const counts = new Map<T, number>();
  const examples = new Map<T | 'ambiguous', string>();
  for (const cell of cells) {
    if (cell === '') continue;
    const hint = hintOf(cell);
    if (hint === null) continue;
    if (!examples.has(hint)) examples.set(hint, cell);
    if (hint !== 'ambiguous') counts.set(hint, (counts.get(hint) ?? 0) + 1);
  }
  return { counts, examples };
}

/** The side with more votes, else the fallback. */
function majority<T extends string>(counts: Map<T, number>, a: T, b: T, fallback: T): T {
  const forA = counts.get(a) ?? 0;
  const forB = counts.get(b) ?? 0;
  if (forA === forB) return fallback;
  return forA > forB ? a : b;
}

/** Cents as the file would write them: 1,234.00 or 1.234,00. */
export function formatCents(cents: Cents, mark: DecimalMark): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = String(Math.floor(absolute / 100)).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    mark === '.' ? ',' : '.',
  );
  return `${sign}${whole}${mark}${String(absolute % 100).padStart(2, '0')}`;
}

function decimalName(mark: DecimalMark): string {
  return mark === '.' ? 'decimal point' : 'decimal comma';
}

/**
 * The decimal mark of the file from its amount cells: `1,234.56` and `12,50` settle it; when
 * only `1,234`-like amounts are seen, `fallback` decides and a warning says how they were read.
 */
export function detectDecimalMark(
  amounts: readonly string[],
  fallback: DecimalMark,
): Convention<DecimalMark> {
  const { counts, examples } = tally<DecimalMark>(amounts, decimalHint);
  const value = majority(counts, '.', ',', fallback);
  if (counts.size === 2) {
    return {
      value,
      warning: `Some amounts are written with a decimal point (such as ${examples.get('.')}) and others with a decimal comma (such as ${examples.get(',')}). They were read with a ${decimalName(value)}. Change this if that is wrong.`,
    };
  }
  const ambiguous = examples.get('ambiguous');
  if (counts.size === 0 && ambiguous !== undefined) {
    const read = parseAmount(ambiguous, value);
    if (!read.ok) {
      return {
        value,
        warning: `Amounts such as ${ambiguous} were read with a ${decimalName(value)}, which gives them more than two decimal places, so they are listed as problems. Change this if that is wrong.`,
      };
    }
    const thousands = value === '.' ? 'comma' : 'point';
    return {
      value,
      warning: `Amounts such as ${ambiguous} were read as ${formatCents(read.cents, value)}, with the ${thousands} separating thousands. Change this if that is wrong.`,
    };
  }
  return { value, warning: null };
}

function spelled(date: IsoDate, order: DateOrder): string {
  return format(parseISO(date), order === 'day-first' ? 'd MMMM yyyy' : 'MMMM d, yyyy');
}

/**
 * The date order of the file from its date cells: a day above 12 settles it (25/03/2026 is
 * day-first); when only dates like 03/04/2026 are seen, `fallback` decides and a warning says how
 * they were read.
 */
export function detectDateOrder(
  dates: readonly string[],
  fallback: DateOrder,
  today: IsoDate,
): Convention<DateOrder> {
  const { counts, examples } = tally<DateOrder>(dates, dateOrderHint);
  const value = majority(counts, 'day-first', 'month-first', fallback);
  if (counts.size === 2) {
    return {
      value,
      warning: `Some dates are written day-first (such as ${examples.get('day-first')}) and others month-first (such as ${examples.get('month-first')}). They were read ${value}, so the others are listed as problems. Change this if that is wrong.`,
    };
  }
  const ambiguous = examples.get('ambiguous');
  if (counts.size === 0 && ambiguous !== undefined) {
    const read = parseReportDate(ambiguous, value, today);
    const asRead = read.ok ? ` (${spelled(read.date, value)})` : '';
    return {
      value,
      warning: `Dates such as ${ambiguous} were read ${value}${asRead}. Change this if that is wrong.`,
    };
  }
  return { value, warning: null };
}
