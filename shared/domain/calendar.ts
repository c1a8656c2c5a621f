import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { isoDayOf, isRealDay } from './day-text';

/**
 * A calendar date as `YYYY-MM-DD`, in the caller's own time zone. Dates in a call (mailed on,
 * promised for, due on) are days, not instants, so they are kept and compared as such.
 */
export type IsoDate = string;

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isIsoDate(text: string): text is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The local calendar date of an instant. */
export function localDate(epochMs: number): IsoDate {
  return isoDayOf(epochMs);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The date this many calendar days after `date` (before it, for a negative count). */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return isoDayOf(addDays(parseISO(date), days));
}

/** The date this many business days (Monday to Friday) after `date`. Holidays are not known. */
export function addBusinessDaysTo(date: IsoDate, days: number): IsoDate {
  return isoDayOf(addBusinessDays(parseISO(date), days));
}

/** "Fri, Nov 27, 2026": how a date reads to the caller. */
export function formatIsoDate(date: IsoDate, locale?: string): string {
  const parsed = parseISO(date);
  if (!isValid(parsed)) return date;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(parsed);
}
