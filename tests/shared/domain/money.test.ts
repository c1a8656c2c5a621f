import { formatMoney, MAX_CENTS, parseMoney } from '../../../shared/domain/money';

describe('parseMoney', () => {
  it.each([
    ['1250', 125_000],
    ['1,250.5', 125_050],
    ['$1,250.00', 125_000],
    ['.5', 50],
    ['0.05', 5],
    ['  $ 99.99  ', 9_999],
    ['1,000,000', 100_000_000],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  it.each(['abc', '', '1,25', '12,50.00', '1.234', '1.', '$', '1 250', '1e3'])(
    'rejects %j with a hint',
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, message: 'Enter an amount like 1,250.00.' });
    },
  );

  it('rejects a negative amount and says why', () => {
    expect(parseMoney('-5')).toEqual({ ok: false, message: 'Amount can’t be negative.' });
  });

  it('rejects a negative amount written after the dollar sign', () => {
    expect(parseMoney('$-5')).toEqual({ ok: false, message: 'Amount can’t be negative.' });
  });

  it('accepts the largest amount', () => {
    expect(parseMoney(String(MAX_CENTS / 100))).toEqual({ ok: true, cents: MAX_CENTS });
  });

  it('rejects an amount one cent above the largest', () => {
    expect(parseMoney(`${MAX_CENTS / 100}.01`)).toEqual({
      ok: false,
      message: 'That amount is too large.',
    });
  });

  it('rejects an absurdly long number as too large', () => {
    expect(parseMoney('9'.repeat(40))).toEqual({ ok: false, message: 'That amount is too large.' });
  });

  it('returns whole cents without floating-point drift', () => {
    const result = parseMoney('0.29');

    expect(result.ok && Number.isInteger(result.cents) && result.cents).toBe(29);
  });
});

describe('formatMoney', () => {
  it('formats cents as dollars with grouping', () => {
    expect(formatMoney(125_000)).toBe('$1,250.00');
  });

  it('formats zero and single cents', () => {
    expect([formatMoney(0), formatMoney(5)]).toEqual(['$0.00', '$0.05']);
  });

  it('uses the given currency', () => {
    expect(formatMoney(125_000, 'EUR', 'en-US')).toBe('€1,250.00');
  });

  it('reads back what parseMoney accepts', () => {
    expect(parseMoney(formatMoney(123_456_78))).toEqual({ ok: true, cents: 123_456_78 });
  });
});
