import { isIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { DEFAULT_CURRENCY, formatMoney, type Cents } from '../../../shared/domain/money';

/** How the account card writes amounts, dates and lists. */
export interface AccountWords {
  /** "$1,250.00", in the account's currency. */
  readonly money: (cents: Cents) => string;
  /** "Nov 20, 2026". */
  readonly date: (date: IsoDate) => string;
  /** "INV-1, INV-2 and INV-3". */
  readonly list: (items: readonly string[]) => string;
}

/**
 * The card's way of writing for an account billed in `currency` (an ISO code; one Intl does not
 * know reads in the default currency) and a caller in `locale`.
 */
export function accountWords(currency: string, locale: string): AccountWords {
  const code = /^[A-Z]{3}$/.test(currency) ? currency : DEFAULT_CURRENCY;
  const dates = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
  return {
    money: (cents) => formatMoney(cents, code, locale),
    date: (date) => {
      if (!isIsoDate(date)) return date;
      const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
      return dates.format(new Date(year, month - 1, day));
    },
    list: (items) =>
      items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  };
}
