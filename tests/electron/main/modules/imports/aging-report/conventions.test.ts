import {
  detectDateOrder,
  detectDecimalMark,
  formatCents,
} from '../../../../../../electron/main/modules/imports/aging-report/conventions';

const TODAY = '2026-12-01';

describe('detectDateOrder', () => {
  it('reads day-first when a day above 12 comes first, without a warning', () => {
    expect(detectDateOrder(['03/04/2026', '25/04/2026'], 'month-first', TODAY)).toEqual({
      value: 'day-first',
      warning: null,
    });
  });

  it('reads month-first when a day above 12 comes second', () => {
    expect(detectDateOrder(['03/04/2026', '04/25/2026'], 'day-first', TODAY)).toEqual({
      value: 'month-first',
      warning: null,
    });
  });

  it('reads dotted dates day-first', () => {
    expect(detectDateOrder(['03.04.2026'], 'month-first', TODAY).value).toBe('day-first');
  });

  it('falls back and says how it read dates that could be either', () => {
    expect(detectDateOrder(['03/04/2026', '05/06/2026'], 'day-first', TODAY)).toEqual({
      value: 'day-first',
      warning:
        'Dates such as 03/04/2026 were read day-first (3 April 2026). Change this if that is wrong.',
    });
    expect(detectDateOrder(['03/04/2026'], 'month-first', TODAY).warning).toBe(
      'Dates such as 03/04/2026 were read month-first (March 4, 2026). Change this if that is wrong.',
    );
  });

  it('says nothing when no date could be read either way', () => {
    expect(
      detectDateOrder(['2026-03-04', '4 Mar 2026', '04/04/2026', ''], 'month-first', TODAY),
    ).toEqual({
      value: 'month-first',
      warning: null,
    });
  });

  it('follows the majority when the file mixes both orders, and warns', () => {
    const read = detectDateOrder(['25/03/2026', '26/03/2026', '03/27/2026'], 'month-first', TODAY);

    expect(read.value).toBe('day-first');
    expect(read.warning).toMatch(
      /^Some dates are written day-first \(such as 25\/03\/2026\) and others month-first \(such as 03\/27\/2026\)\./,
    );
  });
});

describe('detectDecimalMark', () => {
  it('reads a decimal comma from amounts that show it', () => {
    expect(detectDecimalMark(['1.234,56 €', '12,50'], '.')).toEqual({ value: ',', warning: null });
  });

  it('reads a decimal point from amounts that show it', () => {
    expect(detectDecimalMark(['$1,234', '12.50'], ',')).toEqual({ value: '.', warning: null });
  });

  it('falls back and says how it read amounts that could be either', () => {
    expect(detectDecimalMark(['1,234', '2,500'], '.')).toEqual({
      value: '.',
      warning:
        'Amounts such as 1,234 were read as 1,234.00, with the comma separating thousands. Change this if that is wrong.',
    });
    expect(detectDecimalMark(['1.234'], ',').warning).toBe(
      'Amounts such as 1.234 were read as 1.234,00, with the point separating thousands. Change this if that is wrong.',
    );
  });

  it('says when the fallback leaves amounts with three decimals', () => {
    expect(detectDecimalMark(['1,234'], ',').warning).toMatch(
      /^Amounts such as 1,234 were read with a decimal comma, which gives them more than two decimal places/,
    );
  });

  it('warns when the file writes amounts both ways', () => {
    const read = detectDecimalMark(['1.234,56', '12,50', '3.50'], '.');

    expect(read.value).toBe(',');
    expect(read.warning).toMatch(
      /^Some amounts are written with a decimal point \(such as 3\.50\)/,
    );
  });

  it('says nothing for whole amounts', () => {
    expect(detectDecimalMark(['100', '-250', ''], ',')).toEqual({ value: ',', warning: null });
  });
});

describe('formatCents', () => {
  it.each([
    [123456789, '.', '1,234,567.89'],
    [123456789, ',', '1.234.567,89'],
    [-5, '.', '-0.05'],
    [0, ',', '0,00'],
  ] as const)('writes %i cents with a %j mark as %s', (cents, mark, text) => {
    expect(formatCents(cents, mark)).toBe(text);
  });
});
