import {
  dateOrderHint,
  decimalHint,
  parseAmount,
  parseReportDate,
} from '../../../../../../electron/main/modules/imports/aging-report/values';

const TODAY = '2026-12-01';

describe('parseAmount', () => {
  it.each([
    ['1250', '.', 125000],
    ['1250.5', '.', 125050],
    ['$1,250.00', '.', 125000],
    ['-$150.00', '.', -15000],
    ['$-150.00', '.', -15000],
    ['(100.00)', '.', -10000],
    ['($1,000.00)', '.', -100000],
    ['100.00-', '.', -10000],
    ['100.00 CR', '.', -10000],
    ['100.00 DR', '.', 10000],
    ['+25.00', '.', 2500],
    ['−75.00', '.', -7500],
    ['USD 1,234.56', '.', 123456],
    ['1,234.56 USD', '.', 123456],
    ['US$ 99.95', '.', 9995],
    ['£2,000', '.', 200000],
    ['1,234', '.', 123400],
    ['1,234,567', '.', 123456700],
    ['12,50', '.', 1250],
    ['1.234,56', '.', 123456],
    ['1.234,56', ',', 123456],
    ['1 234,56', ',', 123456],
    ['1\u00a0234,56\u00a0€', ',', 123456],
    ['1\u202f234,56 EUR', ',', 123456],
    ["1'234.50", '.', 123450],
    ['12,50', ',', 1250],
    ['-80,00 €', ',', -8000],
    ['€ -80,00', ',', -8000],
    ['1.234', ',', 123400],
    ['1.234.567', ',', 123456700],
    ['0,5', ',', 50],
    ['0.5', ',', 50],
    ['.75', '.', 75],
    ['100.', '.', 10000],
    ['1234.5600', '.', 123456],
    ['-0.00', '.', 0],
    ['-', '.', 0],
    ['—', ',', 0],
  ] as const)('reads %j with a %j decimal mark as %i cents', (text, mark, cents) => {
    expect(parseAmount(text, mark)).toMatchObject({ ok: true, cents });
  });

  it.each([
    ['abc', '.', 'is not an amount'],
    ['N/A', '.', 'is not an amount'],
    ['12 apples', '.', 'is not an amount'],
    ['XYZ 100', '.', 'is not an amount'],
    ['1,23,4', '.', 'is not an amount'],
    ['12 34', ',', 'is not an amount'],
    ['1.234,567.89', '.', 'is not an amount'],
    ['1,234', ',', 'has more than two decimal places'],
    ['1.234', '.', 'has more than two decimal places'],
    ['12.345', '.', 'has more than two decimal places'],
    ['99999999999999', '.', 'is too large'],
    ['', '.', 'is not an amount'],
  ] as const)('refuses %j with a %j decimal mark: it %s', (text, mark, reason) => {
    expect(parseAmount(text, mark)).toEqual({ ok: false, reason });
  });

  it.each([
    ['€12.50', 'EUR'],
    ['12,50 €', 'EUR'],
    ['GBP 40.00', 'GBP'],
    ['usd 40.00', 'USD'],
    ['CA$ 40.00', 'CAD'],
    ['$40.00', null],
    ['40.00', null],
  ] as const)('tells the currency of %j: %s', (text, currency) => {
    const mark = text.includes(',') ? ',' : '.';
    expect(parseAmount(text, mark)).toMatchObject({ ok: true, currency });
  });
});

describe('decimalHint', () => {
  it.each([
    ['1,234.56', '.'],
    ['1.234,56', ','],
    ['12,50', ','],
    ['12.5', '.'],
    ['1.234.567', ','],
    ['1,234,567', '.'],
    ['1 234,567', ','],
    ['1234,567', ','],
    ['0.123', '.'],
    ['$1,234', 'ambiguous'],
    ['1.234 €', 'ambiguous'],
    ['1234', null],
    ['Inc.', null],
    ['', null],
  ] as const)('reads %j as %j', (text, hint) => {
    expect(decimalHint(text)).toBe(hint);
  });
});

describe('parseReportDate', () => {
  it.each([
    ['2026-09-03', 'month-first', '2026-09-03'],
    ['2026-9-3', 'day-first', '2026-09-03'],
    ['2026/09/03', 'month-first', '2026-09-03'],
    ['2026-09-03 00:00:00', 'month-first', '2026-09-03'],
    ['2026-09-03T10:15:00Z', 'day-first', '2026-09-03'],
    ['09/03/2026', 'month-first', '2026-09-03'],
    ['09/03/2026', 'day-first', '2026-03-09'],
    ['9/3/26', 'month-first', '2026-09-03'],
    ['03.09.2026', 'day-first', '2026-09-03'],
    ['03-09-2026', 'day-first', '2026-09-03'],
    ['25/03/2026', 'day-first', '2026-03-25'],
    ['03 Sep 2026', 'month-first', '2026-09-03'],
    ['3 September 2026', 'month-first', '2026-09-03'],
    ['3-Sep-26', 'month-first', '2026-09-03'],
    ['03-Sep-2026', 'day-first', '2026-09-03'],
    ['Sep 3, 2026', 'day-first', '2026-09-03'],
    ['Sept 3 2026', 'day-first', '2026-09-03'],
    ['September 3, 2026', 'month-first', '2026-09-03'],
    ['November 30, 2026', 'month-first', '2026-11-30'],
    ['30 November 2026', 'month-first', '2026-11-30'],
    ['Tuesday, December 1, 2026', 'month-first', '2026-12-01'],
    ['3. März 2026', 'day-first', '2026-03-03'],
    ['29/02/2028', 'day-first', '2028-02-29'],
  ] as const)('reads %j (%s) as %s', (text, order, date) => {
    expect(parseReportDate(text, order, TODAY)).toEqual({ ok: true, date });
  });

  it.each([
    ['2026-02-30', 'month-first'],
    ['2025-02-29', 'day-first'],
    ['13/13/2026', 'month-first'],
    ['31/31/2026', 'day-first'],
    ['09/31/2026', 'month-first'],
    ['00/10/2026', 'month-first'],
    ['2026-13-01', 'month-first'],
    ['32 Jan 2026', 'day-first'],
    ['Smarch 3, 2026', 'month-first'],
    ['1850-01-01', 'month-first'],
    ['soon', 'month-first'],
    ['', 'month-first'],
  ] as const)('refuses %j (%s): it is not a date', (text, order) => {
    expect(parseReportDate(text, order, TODAY)).toEqual({ ok: false, reason: 'is not a date' });
  });

  it.each([
    ['01/02/46', '2026-12-01', '2046-01-02'],
    ['12/01/46', '2026-12-01', '2046-12-01'],
    ['12/02/46', '2026-12-01', '1946-12-02'],
    ['01/02/47', '2026-12-01', '1947-01-02'],
    ['3-Sep-99', '2026-12-01', '1999-09-03'],
    ['3-Sep-00', '2026-12-01', '2000-09-03'],
    ['3-Sep-05', '2090-06-15', '2105-09-03'],
    ['3-Sep-10', '2090-06-15', '2010-09-03'],
    ['3-Jan-10', '2090-06-15', '2110-01-03'],
  ] as const)(
    'puts the two-digit year of %j within 80 years before and 20 after %s: %s',
    (text, today, date) => {
      expect(parseReportDate(text, 'month-first', today)).toEqual({ ok: true, date });
    },
  );
});

describe('dateOrderHint', () => {
  it.each([
    ['25/03/2026', 'day-first'],
    ['03/25/2026', 'month-first'],
    ['03/04/2026', 'ambiguous'],
    ['03.04.2026', 'day-first'],
    ['04/04/2026', null],
    ['31/31/2026', null],
    ['2026-03-04', null],
    ['3 Apr 2026', null],
  ] as const)('reads %j as %j', (text, hint) => {
    expect(dateOrderHint(text)).toBe(hint);
  });
});
