import { addDays, format, parseISO } from 'date-fns';
import { formatIsoDate, isIsoDate } from '../../../shared/domain/calendar';
import {
  DATE_SHORTCUTS,
  dateEntryExample,
  dateOrder,
  dateShortcuts,
  formatDateEntry,
  parseDateEntry,
} from '../../../shared/domain/date-entry';

/** Days the tests read from, each named by its weekday. */
const MONDAY = '2026-11-23';
const FRIDAY = '2026-11-27';
const SATURDAY = '2026-11-28';
const NEW_YEARS_EVE = '2026-12-31'; // a Thursday
const LEAP_DAY = '2028-02-29'; // a Tuesday

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'ja-JP'] as const;

const read = (text: string, locale = 'en-US', today = MONDAY) =>
  parseDateEntry(text, { today, locale });

/** A date as month/day, the way it reads in en-US without a year. */
const usOrder = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

describe('dateOrder', () => {
  it.each([
    ['en-US', 'mdy'],
    ['en-GB', 'dmy'],
    ['de-DE', 'dmy'],
    ['fr-FR', 'dmy'],
    ['ja-JP', 'ymd'],
    ['zh-CN', 'ymd'],
    ['ko-KR', 'ymd'],
  ])('reads %s as %s', (locale, order) => {
    expect(dateOrder(locale)).toBe(order);
  });

  it('reads a locale it cannot use as en-US rather than throwing', () => {
    expect(dateOrder('not a locale!')).toBe('mdy');
  });
});

describe('parseDateEntry', () => {
  describe('reads ISO dates', () => {
    it.each(LOCALES)('in %s', (locale) => {
      expect(read('2026-12-03', locale)).toBe('2026-12-03');
    });

    it('with single-digit month and day', () => {
      expect(read('2026-2-3', 'en-GB')).toBe('2026-02-03');
    });
  });

  describe('reads numeric dates in the locale’s order', () => {
    it.each([
      ['en-US', '12/3/2026'],
      ['en-US', '12/03/2026'],
      ['en-US', '12-3-2026'],
      ['en-US', '12.3.2026'],
      ['en-US', '12 3 2026'],
      ['en-US', '12/3/26'],
      ['en-US', '12/3'],
      ['en-US', ' 12 / 3 / 2026 '],
      ['en-GB', '3/12/2026'],
      ['en-GB', '03/12/26'],
      ['en-GB', '3/12'],
      ['de-DE', '3.12.2026'],
      ['de-DE', '03.12.26'],
      ['de-DE', '3.12.'],
      ['de-DE', '3.12'],
      ['ja-JP', '2026/12/3'],
      ['ja-JP', '26/12/03'],
      ['ja-JP', '12/3'],
    ])('%s: %j is 3 December 2026', (locale, text) => {
      expect(read(text, locale)).toBe('2026-12-03');
    });

    it('reads the same numbers as different days in the US and the UK', () => {
      expect(read('3/12/2026', 'en-US')).toBe('2026-03-12');
      expect(read('3/12/2026', 'en-GB')).toBe('2026-12-03');
    });

    it('reads a 2-digit year as this century', () => {
      expect(read('1/5/99', 'en-US')).toBe('2099-01-05');
    });
  });

  describe('reads English month names and abbreviations', () => {
    it.each([
      'Dec 3',
      'dec 3',
      'DEC 3',
      'Dec. 3',
      'Dec 3rd',
      '3 Dec',
      '3 Dec 2026',
      '3 December 2026',
      '3rd of December 2026',
      'December 3, 2026',
      'December 3 26',
      'Thu Dec 3 2026',
      'Thursday, December 3, 2026',
      'Thu, Dec 3, 2026',
      'Thu Dec 3',
    ])('%j as 3 December 2026', (text) => {
      expect(read(text)).toBe('2026-12-03');
    });

    it.each(LOCALES)('in any locale (%s)', (locale) => {
      expect(read('Dec 3, 2026', locale)).toBe('2026-12-03');
    });

    it.each([
      ['Jan 5', '2027-01-05'],
      ['Sept 8 2026', '2026-09-08'],
      ['sep 8 2026', '2026-09-08'],
      ['Febr 1 2027', '2027-02-01'],
      ['March 3 2027', '2027-03-03'],
      ['Jun 1 2027', '2027-06-01'],
      ['Jul 1 2027', '2027-07-01'],
    ])('%j', (text, date) => {
      expect(read(text)).toBe(date);
    });

    it.each(['en-US', 'en-GB'])('reads back how a date is shown in %s', (locale) => {
      const shown = formatIsoDate('2026-12-03', locale);

      expect(read(shown, locale)).toBe('2026-12-03');
    });

    it('reads back the shown form of every day of a year', () => {
      for (let day = 0; day < 366; day++) {
        const date = format(addDays(parseISO('2026-01-01'), day), 'yyyy-MM-dd');
        expect(read(formatIsoDate(date, 'en-US'))).toBe(date);
      }
    });

    it('refuses a weekday that is not the date’s own', () => {
      expect(read('Mon, Dec 3, 2026')).toBeNull();
    });
  });

  describe('reads shortcuts', () => {
    it.each([
      ['today', MONDAY],
      ['Today', MONDAY],
      ['tomorrow', '2026-11-24'],
      ['tom', '2026-11-24'],
      ['+1', '2026-11-24'],
      ['+5', '2026-11-30'],
      ['+ 5', '2026-11-30'],
      ['+60', '2027-02-15'],
      ['+1d', '2026-11-24'],
      ['+10d', '2026-12-03'],
      ['+2w', '2026-12-07'],
      ['+2W', '2026-12-07'],
      ['mon', '2026-11-30'],
      ['tue', '2026-11-24'],
      ['tues', '2026-11-24'],
      ['wed', '2026-11-25'],
      ['weds', '2026-11-25'],
      ['thur', '2026-11-26'],
      ['fri', '2026-11-27'],
      ['Friday', '2026-11-27'],
      ['sat', '2026-11-28'],
      ['sun', '2026-11-29'],
    ])('on a Monday, %j', (text, date) => {
      expect(read(text)).toBe(date);
    });

    it.each([
      ['+1', '2026-11-30'],
      ['+7', '2026-12-08'],
      ['fri', '2026-12-04'],
      ['tom', '2026-11-28'],
      ['+1d', '2026-11-28'],
    ])('on a Friday, %j', (text, date) => {
      expect(read(text, 'en-US', FRIDAY)).toBe(date);
    });

    it.each([
      ['+1', '2026-11-30'],
      ['+7', '2026-12-08'],
      ['fri', '2026-12-04'],
      ['sat', '2026-12-05'],
      ['sun', '2026-11-29'],
    ])('on a Saturday, %j', (text, date) => {
      expect(read(text, 'en-US', SATURDAY)).toBe(date);
    });

    it.each([
      ['tomorrow', '2027-01-01'],
      ['+1', '2027-01-01'],
      ['+2', '2027-01-04'],
      ['+1w', '2027-01-07'],
      ['fri', '2027-01-01'],
      ['today', NEW_YEARS_EVE],
    ])('on New Year’s Eve, %j', (text, date) => {
      expect(read(text, 'en-US', NEW_YEARS_EVE)).toBe(date);
    });

    it.each([
      ['tomorrow', '2028-03-01'],
      ['+1w', '2028-03-07'],
      ['+365d', '2029-02-28'],
      ['tue', '2028-03-07'],
    ])('on a leap day, %j', (text, date) => {
      expect(read(text, 'en-US', LEAP_DAY)).toBe(date);
    });

    it.each(['+0', '+61', '+0d', '+367d', '+53w', '+1m', '+-1', '+', 'to', 'fr', 'tomorrowish'])(
      'refuses %j',
      (text) => {
        expect(read(text)).toBeNull();
      },
    );
  });

  describe('without a year, leaning back', () => {
    const back = (text: string, today: string) =>
      parseDateEntry(text, { today, locale: 'en-US', leans: 'back' });

    it('means this year for a day already past, however long ago', () => {
      expect(back('5/10', MONDAY)).toBe('2026-05-10');
      expect(back('Jan 2', MONDAY)).toBe('2026-01-02');
    });

    it('means this year for today itself', () => {
      expect(back(usOrder(MONDAY), MONDAY)).toBe(MONDAY);
    });

    it('means last year for a day still to come', () => {
      expect(back('12/24', MONDAY)).toBe('2025-12-24');
    });

    it('keeps a year that was typed', () => {
      expect(back('12/24/2026', MONDAY)).toBe('2026-12-24');
    });
  });

  describe('without a year', () => {
    it('means this year for a day later this year', () => {
      expect(read('12/24', 'en-US', MONDAY)).toBe('2026-12-24');
    });

    it('means this year for a day up to six months ago', () => {
      expect(read('5/23', 'en-US', MONDAY)).toBe('2026-05-23');
    });

    it('means next year for a day more than six months ago', () => {
      expect(read('5/22', 'en-US', MONDAY)).toBe('2027-05-22');
      expect(read('Feb 10', 'en-US', MONDAY)).toBe('2027-02-10');
    });

    it('means this year early in the year, when six months ago was last year', () => {
      expect(read('1/2', 'en-US', '2026-03-01')).toBe('2026-01-02');
    });

    it('finds the coming leap year for 2/29', () => {
      expect(read('2/29', 'en-US', '2027-09-01')).toBe('2028-02-29');
    });

    it('refuses 2/29 when it means a year without one', () => {
      expect(read('2/29', 'en-US', '2027-03-01')).toBeNull();
    });

    it('reads 2/29 on the leap day itself as that day', () => {
      expect(read('2/29', 'en-US', LEAP_DAY)).toBe(LEAP_DAY);
    });

    it('on New Year’s Eve, means the coming January', () => {
      expect(read('1/4', 'en-US', NEW_YEARS_EVE)).toBe('2027-01-04');
      expect(read('12/24', 'en-US', NEW_YEARS_EVE)).toBe('2026-12-24');
    });
  });

  describe('refuses', () => {
    it.each([
      ['en-GB', '31/02/2026'],
      ['en-US', '02/31/2026'],
      ['en-US', '2/29/2026'],
      ['en-US', '2026-02-30'],
      ['en-US', '13/1/2026'],
      ['en-GB', '1/13/2026'],
      ['en-US', '0/5/2026'],
      ['en-US', '4/31'],
      ['de-DE', '31.4.2026'],
      ['ja-JP', '2026/2/30'],
      ['en-US', 'Feb 30 2026'],
      ['en-US', '31 Apr'],
    ])('%s: the impossible %j', (locale, text) => {
      expect(read(text, locale)).toBeNull();
    });

    it('a leap day outside a leap year, allowed in one', () => {
      expect(read('2/29/2027')).toBeNull();
      expect(read('2/29/2028')).toBe('2028-02-29');
    });

    it.each([
      '',
      '   ',
      'soon',
      'next week',
      '12',
      '12/3/2026/1',
      '12/3/202',
      '123/4',
      '12/3/2026x',
      'Dec',
      'Dec Jan 3',
      'Dec 3 2026 10am',
      'Dec 123',
      'ju 3',
      '3 Thu',
      'Thu 3',
    ])('%j, which is not a date', (text) => {
      expect(read(text)).toBeNull();
    });

    it('everything when today is not a date', () => {
      expect(parseDateEntry('today', { today: 'someday', locale: 'en-US' })).toBeNull();
    });
  });

  it('only ever returns real ISO dates, on random numeric entries', () => {
    let state = 5;
    const random = () => {
      state = (state * 48_271) % 2_147_483_647;
      return state / 2_147_483_647;
    };
    for (let round = 0; round < 500; round++) {
      const a = String(Math.floor(random() * 40));
      const b = String(Math.floor(random() * 40));
      const year = random() < 0.5 ? '' : `/${2000 + Math.floor(random() * 40)}`;
      for (const locale of LOCALES) {
        const date = read(`${a}/${b}${year}`, locale);
        if (date !== null) expect(isIsoDate(date)).toBe(true);
      }
    }
  });
});

describe('DATE_SHORTCUTS and dateShortcuts', () => {
  it('offers three shortcuts with short labels', () => {
    expect(DATE_SHORTCUTS.map(({ label, entry }) => [label, entry])).toEqual([
      ['+1 day', '+1'],
      ['+7 days', '+7'],
      ['Fri', 'fri'],
    ]);
  });

  it.each([
    [MONDAY, ['2026-11-24', '2026-12-02', '2026-11-27']],
    [FRIDAY, ['2026-11-30', '2026-12-08', '2026-12-04']],
    [SATURDAY, ['2026-11-30', '2026-12-08', '2026-12-04']],
    [NEW_YEARS_EVE, ['2027-01-01', '2027-01-11', '2027-01-01']],
    [LEAP_DAY, ['2028-03-01', '2028-03-09', '2028-03-03']],
  ])('from %s: the next business day, 7 business days on, the next Friday', (today, dates) => {
    expect(dateShortcuts(today)).toEqual([
      { label: '+1 day', entry: '+1', date: dates[0] },
      { label: '+7 days', entry: '+7', date: dates[1] },
      { label: 'Fri', entry: 'fri', date: dates[2] },
    ]);
  });

  it('gives what typing each entry gives', () => {
    for (const shortcut of dateShortcuts(FRIDAY)) {
      expect(read(shortcut.entry, 'en-GB', FRIDAY)).toBe(shortcut.date);
    }
  });
});

describe('formatDateEntry', () => {
  it.each([
    ['en-US', '12/03/2026'],
    ['en-GB', '03/12/2026'],
    ['de-DE', '03.12.2026'],
    ['ja-JP', '2026/12/03'],
  ])('writes 3 December 2026 in %s as %j', (locale, text) => {
    expect(formatDateEntry('2026-12-03', locale)).toBe(text);
  });

  it('uses Latin digits and a plain separator where the locale would not', () => {
    expect(formatDateEntry('2026-12-03', 'ar-EG')).toBe('03/12/2026');
  });

  it('returns a value that is not a date as it is', () => {
    expect(formatDateEntry('last week', 'en-US')).toBe('last week');
  });

  it.each(LOCALES)('reads back as the same date in %s, on every day of a leap year', (locale) => {
    for (let day = 0; day < 366; day++) {
      const date = format(addDays(parseISO('2028-01-01'), day), 'yyyy-MM-dd');
      expect(read(formatDateEntry(date, locale), locale, '2026-06-15')).toBe(date);
    }
  });
});

describe('dateEntryExample', () => {
  it.each([
    ['en-US', 'MM/DD/YYYY'],
    ['en-GB', 'DD/MM/YYYY'],
    ['de-DE', 'DD.MM.YYYY'],
    ['ja-JP', 'YYYY/MM/DD'],
  ])('in %s is %j', (locale, example) => {
    expect(dateEntryExample(locale)).toBe(example);
  });
});
