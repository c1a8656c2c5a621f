import type {
  AccountFile,
  CheckRecord,
  DisputeRecord,
  LastContact,
  PromiseRecord,
} from './account-file';
import { DISPUTE_SETTLED_STATUSES } from './account-records';
import type { Invoice } from './accounts';
import { accountBalance, type AccountBalance } from './aging';
import { addDaysTo, isIsoDate, type IsoDate } from './calendar';
import { DEFAULT_CURRENCY, formatMoney, type Cents } from './money';
import {
  invoicesNumbered,
  isInvoiceSettled,
  isRedFlagCurrent,
  promiseStatus,
  stillOpenNumbers,
  type PromiseStatus,
} from './promises';
import { recognitionFrom, type Recognition } from './recognition';
import { listInWords } from './text';

/** Days after its mailing (or, without a mailing date, the call) a check should have arrived. */
export const CHECK_ARRIVAL_DAYS = 10;

/** Something the caller should raise, politely, on this call. */
export type RedFlag =
  | {
      readonly kind: 'broken-promise' | 'partly-kept-promise';
      readonly promise: PromiseRecord;
      readonly status: PromiseStatus;
      /** One plain sentence for the card. */
      readonly text: string;
    }
  | {
      readonly kind: 'check-not-arrived';
      readonly check: CheckRecord;
      /** The day it should have arrived by, now passed. */
      readonly expectedBy: IsoDate;
      /** Its invoices still open. */
      readonly openNumbers: readonly string[];
      readonly text: string;
    };

/** A check said to be in the mail that may still arrive in time. */
export interface CheckInMail {
  readonly check: CheckRecord;
  /** Its follow-up date, or the day it should arrive by without one. */
  readonly expectedBy: IsoDate;
}

/** What the caller sees about an account before dialling, most important first. */
export interface AccountCard {
  /** Broken and partly kept promises, then checks that have not arrived. */
  readonly redFlags: readonly RedFlag[];
  /** Disputes not resolved and with no credit agreed, oldest first. */
  readonly openDisputes: readonly DisputeRecord[];
  /** Promises whose date has not passed and are not kept yet, soonest first. */
  readonly pendingPromises: readonly PromiseRecord[];
  /** Checks still expected: their invoices open and their date not passed, soonest first. */
  readonly checksInMail: readonly CheckInMail[];
  readonly balance: AccountBalance;
  readonly oldestOpen: Invoice | null;
  /** The invoice to call about: the one overdue longest, else the oldest open one. */
  readonly suggestedInvoices: readonly string[];
  readonly lastContact: LastContact | null;
  readonly recognition: readonly Recognition[];
}

/**
 * The account card for `today`. Red flags are broken and partly kept promises while they matter
 * (see `isRedFlagCurrent`), most recent first, then checks said to be in the mail whose invoices
 * are still open after the day they should have arrived by: their follow-up date, else
 * 10 days after they were mailed, else 10 days after the call that heard of them; most recent
 * first. A check none of whose invoices the account has is listed while it is expected and then
 * dropped, since Call Coach cannot tell whether it came; a check whose invoices are all settled
 * has arrived. Dates in the sentences are formatted for `locale` (the system's when not given);
 * amounts are in the account's currency.
 */
export function accountCard(file: AccountFile, today: IsoDate, locale?: string): AccountCard {
  const balance = accountBalance(file.invoices, today);
  const words = cardWords(balance.currency, locale);

  const promiseFlags: RedFlag[] = [];
  const pendingPromises: PromiseRecord[] = [];
  for (const promise of file.promises) {
    const status = promiseStatus(promise, file.invoices, today);
    if (status.kind === 'pending') pendingPromises.push(promise);
    else if (isRedFlagCurrent(promise, status, file.invoices, today)) {
      promiseFlags.push({
        kind: status.kind === 'broken' ? 'broken-promise' : 'partly-kept-promise',
        promise,
        status,
        text: promiseFlagText(promise, status, file.invoices, words),
      });
    }
  }
  promiseFlags.sort(
    (a, b) =>
      Number(a.kind !== 'broken-promise') - Number(b.kind !== 'broken-promise') ||
      latestFirst(flagDate(a), flagDate(b)),
  );

  const checkFlags: RedFlag[] = [];
  const checksInMail: CheckInMail[] = [];
  for (const check of file.checks) {
    const expectedBy = checkExpectedBy(check);
    const isLate = today > expectedBy;
    const known = check.invoiceNumbers.filter(
      (number) => invoicesNumbered(file.invoices, number).length > 0,
    );
    const openNumbers = known.filter((number) =>
      invoicesNumbered(file.invoices, number).some((invoice) => !isInvoiceSettled(invoice)),
    );
    if (known.length === 0) {
      if (!isLate) checksInMail.push({ check, expectedBy });
    } else if (openNumbers.length > 0) {
      if (isLate) {
        checkFlags.push({
          kind: 'check-not-arrived',
          check,
          expectedBy,
          openNumbers,
          text: checkFlagText(check, expectedBy, openNumbers, words),
        });
      } else checksInMail.push({ check, expectedBy });
    }
  }
  checkFlags.sort((a, b) => latestFirst(flagDate(a), flagDate(b)));

  const suggested = balance.oldestOverdue ?? balance.oldestOpen;
  return {
    redFlags: [...promiseFlags, ...checkFlags],
    openDisputes: file.disputes
      .filter(
        (dispute) =>
          dispute.resolvedOn === null && !DISPUTE_SETTLED_STATUSES.includes(dispute.status),
      )
      .toSorted((a, b) => a.openedOn.localeCompare(b.openedOn)),
    pendingPromises: pendingPromises.toSorted((a, b) => a.payBy.localeCompare(b.payBy)),
    checksInMail: checksInMail.toSorted((a, b) => a.expectedBy.localeCompare(b.expectedBy)),
    balance,
    oldestOpen: balance.oldestOpen,
    suggestedInvoices: suggested ? [suggested.number] : [],
    lastContact: file.lastContact,
    recognition: recognitionFrom(file, today),
  };
}

/** The day a check should have arrived by (see `accountCard`). */
export function checkExpectedBy(check: CheckRecord): IsoDate {
  if (check.followUpBy !== null && isIsoDate(check.followUpBy)) return check.followUpBy;
  const from = check.mailedOn !== null && isIsoDate(check.mailedOn) ? check.mailedOn : check.saidOn;
  return addDaysTo(from, CHECK_ARRIVAL_DAYS);
}

function flagDate(flag: RedFlag): IsoDate {
  return flag.kind === 'check-not-arrived' ? flag.expectedBy : flag.promise.payBy;
}

const latestFirst = (a: IsoDate, b: IsoDate): number => b.localeCompare(a);

/** How the card writes amounts, dates and lists, in the window as in its sentences. */
export interface CardWords {
  /** "$1,250.00", in the account's currency. */
  readonly money: (cents: Cents) => string;
  /** "Nov 20, 2026". */
  readonly date: (date: IsoDate) => string;
  /** "INV-1, INV-2 and INV-3". */
  readonly list: (items: readonly string[]) => string;
}

/**
 * The card's way of writing for an account billed in `currency` (an ISO code) and a caller in
 * `locale` (the system's when not given).
 */
export function cardWords(currency: string, locale?: string): CardWords {
  // An unknown code would make Intl throw; such amounts read in the default currency.
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
    list: listInWords,
  };
}

/** "Broken promise: $1,250.00 by Nov 20, 2026 for INV-0042, still open." */
function promiseFlagText(
  promise: PromiseRecord,
  status: PromiseStatus,
  invoices: readonly Invoice[],
  words: CardWords,
): string {
  const title = status.kind === 'broken' ? 'Broken promise' : 'Promise only partly kept';
  const amount = promise.amountCents === null ? 'a payment' : words.money(promise.amountCents);
  const covered = promise.invoiceNumbers;
  const open = stillOpenNumbers(status, invoices);
  const late = status.unpaidNumbers.filter((number) => !open.includes(number));
  const forInvoices = covered.length > 0 ? ` for ${listInWords(covered)}` : '';
  const head = `${title}: ${amount} by ${words.date(promise.payBy)}${forInvoices}`;
  return `${head}${stateOf(covered, open, late)}.`;
}

/** "Check not arrived: check 104522 for $1,250.00, mailed Nov 2, 2026, not received by Nov 12, 2026; INV-0042 still open." */
function checkFlagText(
  check: CheckRecord,
  expectedBy: IsoDate,
  openNumbers: readonly string[],
  words: CardWords,
): string {
  const which = check.checkNumber === '' ? 'the check' : `check ${check.checkNumber}`;
  const amount = check.amountCents === null ? '' : ` for ${words.money(check.amountCents)}`;
  const sent =
    check.mailedOn === null
      ? `said to be in the mail on ${words.date(check.saidOn)}`
      : `mailed ${words.date(check.mailedOn)}`;
  const head = `Check not arrived: ${which}${amount}, ${sent}, not received by ${words.date(expectedBy)}`;
  // Named even when they are all it covers: "still open" after a date would read as the check's.
  return `${head}; ${listInWords(openNumbers)} still open.`;
}

/**
 * The end of a promise flag's sentence: ", still open" or ", paid late" when that is true of
 * every invoice the promise names, otherwise which ones are which ("; INV-2 still open").
 */
function stateOf(
  named: readonly string[],
  open: readonly string[],
  late: readonly string[],
): string {
  const isAll = (numbers: readonly string[]) =>
    numbers.length === named.length && named.every((number) => numbers.includes(number));
  if (open.length > 0 && isAll(open)) return ', still open';
  if (late.length > 0 && isAll(late)) return ', paid late';
  const parts = [
    ...(open.length > 0 ? [`${listInWords(open)} still open`] : []),
    ...(late.length > 0 ? [`${listInWords(late)} paid late`] : []),
  ];
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}
