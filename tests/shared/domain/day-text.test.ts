import fc from 'fast-check';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { dayPartsOf, isoDayOf, isRealDay } from '../../../shared/domain/day-text';

// date-fns stays the reference: main still uses it, and these helpers must write and accept
// exactly what its format and parse did where the start-up code used them.

const anyDay = fc.date({
  min: new Date(-2000, 0, 1),
  max: new Date(12000, 11, 31),
  noInvalidDate: true,
});

describe('day-text', () => {
  it('writes a day as date-fns formats yyyy-MM-dd, for any date or instant', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(isoDayOf(date)).toBe(format(date, 'yyyy-MM-dd'));
        expect(isoDayOf(date.getTime())).toBe(format(date.getTime(), 'yyyy-MM-dd'));
      }),
    );
  });

  it('gives the parts as date-fns formats yyyy, MM and dd', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(dayPartsOf(date)).toEqual({
          y: format(date, 'yyyy'),
          m: format(date, 'MM'),
          d: format(date, 'dd'),
        });
      }),
    );
  });

  it('refuses an invalid date as date-fns does', () => {
    expect(() => isoDayOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => format(new Date(Number.NaN), 'yyyy-MM-dd')).toThrow(RangeError);
  });

  it('accepts a day exactly when date-fns parses yyyy-M-d', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_050 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        (year, month, day) => {
          const parsed = parse(`${year}-${month}-${day}`, 'yyyy-M-d', new Date(2000, 0, 1));
          expect(isRealDay(year, month, day)).toBe(isValid(parsed));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('knows leap days and the ends of months', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2026, 2, 29)).toBe(false);
    expect(isRealDay(2000, 2, 29)).toBe(true);
    expect(isRealDay(1900, 2, 29)).toBe(false);
    expect(isRealDay(2026, 4, 31)).toBe(false);
    expect(isRealDay(2026, 12, 31)).toBe(true);
  });
});
