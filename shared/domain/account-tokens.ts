import type { AccountFile } from './account-file';
import { accountBalance } from './aging';
import { formatIsoDate, type IsoDate } from './calendar';
import type { AccountTokenValues } from './merge-tokens';
import { formatMoney } from './money';
import { isRedFlagCurrent, promiseStatus } from './promises';

/**
 * The account's own tokens on `today`, each only when the account memory holds it:
 * `{totalOverdue}` when something is overdue; `{oldestInvoice}` the oldest overdue invoice (else
 * the oldest open one); `{lastPromise}` the newest earlier promise still worth raising (pending,
 * or broken or partly kept: the one `earlierPromise` is about), as "$1,250.00 by Fri, Nov 20,
 * 2026".
 */
export function accountTokenValues(
  file: AccountFile,
  today: IsoDate,
  locale?: string,
): AccountTokenValues {
  const values: { -readonly [K in keyof AccountTokenValues]: string } = {};
  const balance = accountBalance(file.invoices, today);
  const currency = balance.currency || undefined;
  if (balance.overdueCents > 0) {
    values.totalOverdue = formatMoney(balance.overdueCents, currency, locale);
  }
  const oldest = balance.oldestOverdue ?? balance.oldestOpen;
  if (oldest) values.oldestInvoice = oldest.number;
  const raised = file.promises
    .filter((promise) => {
      const status = promiseStatus(promise, file.invoices, today);
      return status.kind === 'pending' || isRedFlagCurrent(promise, status, file.invoices, today);
    })
    .toSorted((a, b) => b.madeOn.localeCompare(a.madeOn))[0];
  if (raised) {
    const by = formatIsoDate(raised.payBy, locale);
    values.lastPromise =
      raised.amountCents === null
        ? `a payment by ${by}`
        : `${formatMoney(raised.amountCents, currency, locale)} by ${by}`;
  }
  return values;
}
