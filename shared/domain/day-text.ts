// Small, exact stand-ins for the three date-fns calls the window needs while it starts
// (format to `yyyy-MM-dd`, isMatch and parse of a numeric day). date-fns's format and parse bring
// every token and the English locale with them, about a tenth of the renderer's start-up code;
// these write and check plain numbers only, the same way (tests/shared/domain/day-text.test.ts
// holds them to date-fns).

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A day's year, month and day as date-fns writes `yyyy`, `MM` and `dd` (year 1 BC is 0001). */
export function dayPartsOf(date: Date | number): { y: string; m: string; d: string } {
  const day = new Date(date);
  if (Number.isNaN(day.getTime())) throw new RangeError('Invalid time value');
  const year = day.getFullYear();
  return {
    y: pad(year > 0 ? year : 1 - year, 4),
    m: pad(day.getMonth() + 1, 2),
    d: pad(day.getDate(), 2),
  };
}

/** The local calendar day of a date or instant, `yyyy-MM-dd`; RangeError for an invalid date. */
export function isoDayOf(date: Date | number): string {
  const { y, m, d } = dayPartsOf(date);
  return `${y}-${m}-${d}`;
}

const isLeapYear = (year: number) => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);

/** Days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether year (1 to 9999), month (1–12) and day name a real calendar day: what date-fns's
 * parse accepts for `yyyy-M-d` and `yyyy-MM-dd`.
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    [year, month, day].every(Number.isInteger) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}
