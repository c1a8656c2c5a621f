/** Whole cents; money is never held as a floating-point amount of dollars. */
export type Cents = number;

/** The currency amounts are shown in until settings let a team choose another. */
export const DEFAULT_CURRENCY = 'USD';

/** The largest amount accepted: far beyond any invoice, well inside exact integer range. */
export const MAX_CENTS: Cents = 100_000_000_000_00;

export type MoneyParse =
  { readonly ok: true; readonly cents: Cents } | { readonly ok: false; readonly message: string };

// Digits with optional thousands separators in the right places, and at most two decimals.
const AMOUNT_PATTERN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$|^\.\d{1,2}$/;

/**
 * Reads an amount as a caller types it ("1250", "1,250.5", "$1,250.00") into cents.
 * Rejects negatives, more than two decimals, misplaced separators and absurd sizes with a
 * message that says what to type instead.
 */
export function parseMoney(text: string): MoneyParse {
  const compact = text.trim().replace(/^\$\s*/, '');
  if (compact.startsWith('-')) return { ok: false, message: 'Amount can’t be negative.' };
  if (!AMOUNT_PATTERN.test(compact)) {
    return { ok: false, message: 'Enter an amount like 1,250.00.' };
  }
  const [whole = '0', fraction = ''] = compact.replaceAll(',', '').split('.');
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_CENTS) return { ok: false, message: 'That amount is too large.' };
  return { ok: true, cents };
}

/** Formats cents for display with the currency's symbol and grouping, e.g. "$1,250.00". */
export function formatMoney(cents: Cents, currency = DEFAULT_CURRENCY, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}
