import {
  addDaysTo,
  addBusinessDaysTo,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  localDate,
} from '../../../shared/domain/calendar';

import { inTimeZone } from '../../support/time-zone';

describe('isIsoDate', () => {
  it.each(['2026-11-23', '2026-01-01', '2026-12-31', '2024-02-29'])('accepts %j', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00'])(
    'rejects %j, which is not a day of the calendar',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
    },
  );

  it.each(['2026-2-3', '26-02-03', '2026/02/03', '03/02/2026', '20260203'])(
    'rejects %j, which is not written YYYY-MM-DD',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
    },
  );

  it.each(['', 'soon', 'next Friday', ' 2026-11-23', '2026-11-23 ', '2026-11-23T10:00'])(
    'rejects %j',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
    },
  );
});

describe('daysBetween', () => {
  it('counts forward when the second date is later', () => {
    expect(daysBetween('2026-11-20', '2026-11-27')).toBe(7);
  });

  it('counts backward when the second date is earlier', () => {
    expect(daysBetween('2026-11-27', '2026-11-20')).toBe(-7);
  });

  it('returns zero for the same date', () => {
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });

  it('counts across a year end', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('counts the leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(inTimeZone('America/New_York', () => daysBetween('2026-03-07', '2026-03-09'))).toBe(2);
  });
});

describe('addDaysTo', () => {
  it('counts calendar days across a month end, a leap day and a year end', () => {
    expect(addDaysTo('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDaysTo('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysTo('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('keeps the calendar day across a daylight-saving change', () => {
    inTimeZone('America/New_York', () => {
      expect(addDaysTo('2026-03-07', 1)).toBe('2026-03-08');
      expect(addDaysTo('2026-03-08', 1)).toBe('2026-03-09');
      expect(addDaysTo('2026-10-31', 2)).toBe('2026-11-02');
    });
  });
});

describe('addBusinessDaysTo', () => {
  it('goes from Friday to Monday for one business day', () => {
    expect(addBusinessDaysTo('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('goes to the next day within the week', () => {
    expect(addBusinessDaysTo('2026-11-25', 1)).toBe('2026-11-26');
  });

  it.each([
    ['2026-11-28', 'Saturday'],
    ['2026-11-29', 'Sunday'],
  ])('goes from %s (%s) to Monday for one business day', (date) => {
    expect(addBusinessDaysTo(date, 1)).toBe('2026-11-30');
  });

  it('skips the weekend in a week and a half', () => {
    expect(addBusinessDaysTo('2026-11-20', 7)).toBe('2026-12-01');
  });

  it('skips two weekends in ten business days', () => {
    expect(addBusinessDaysTo('2026-11-23', 10)).toBe('2026-12-07');
  });

  it('crosses a year end, not knowing holidays', () => {
    expect(addBusinessDaysTo('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('localDate', () => {
  it('gives the local calendar date of an instant', () => {
    expect(localDate(new Date(2026, 10, 27, 12, 0).getTime())).toBe('2026-11-27');
  });

  it('keeps a late-evening instant on its own day', () => {
    expect(localDate(new Date(2026, 10, 27, 23, 59, 59).getTime())).toBe('2026-11-27');
  });

  it('keeps an early-morning instant on its own day', () => {
    expect(localDate(new Date(2026, 10, 27, 0, 0, 0).getTime())).toBe('2026-11-27');
  });

  it('uses the caller’s time zone, not UTC', () => {
    const justAfterUtcMidnight = Date.UTC(2026, 10, 28, 2, 0);

    expect(inTimeZone('America/New_York', () => localDate(justAfterUtcMidnight))).toBe(
      '2026-11-27',
    );
  });

  it('uses the caller’s time zone ahead of UTC', () => {
    const utcNoon = Date.UTC(2026, 10, 27, 12, 0);

    expect(inTimeZone('Pacific/Auckland', () => localDate(utcNoon))).toBe('2026-11-28');
  });
});

describe('formatIsoDate', () => {
  it('writes the weekday, month, day and year', () => {
    expect(formatIsoDate('2026-11-27', 'en-US')).toBe('Fri, Nov 27, 2026');
  });

  it('returns text that is not a date as it is', () => {
    expect(formatIsoDate('next week', 'en-US')).toBe('next week');
  });
});
