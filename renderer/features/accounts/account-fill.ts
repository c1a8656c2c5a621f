import { accountCard } from '../../../shared/domain/account-card';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { IsoDate } from '../../../shared/domain/calendar';
import { formatMoney } from '../../../shared/domain/money';
import type { StartCallForm } from '../../../shared/domain/start-call';

/** What picking an account put in the start form, field by field. */
export type AccountFill = Partial<Record<keyof StartCallForm, string>>;

/** What the pick-list line itself says: the customer's name and number. */
export function fillFromPick(pick: AccountPick): AccountFill {
  return { customer: pick.name, ...(pick.number !== '' && { accountNumber: pick.number }) };
}

/**
 * What the account's file adds for a call on `today`: its first contact, the year they became a
 * customer, and the invoice to call about (the one overdue longest, else the oldest open one)
 * with what is still owed on it and its due date. What the file does not know is left out.
 */
export function fillFromFile(file: AccountFile, today: IsoDate): AccountFill {
  const { account } = file;
  const card = accountCard(file, today);
  const number = card.suggestedInvoices[0];
  const invoice =
    number === undefined
      ? undefined
      : card.balance.openInvoices.find((open) => open.number === number);
  const contact = account.contacts.find((known) => known.name.trim() !== '')?.name.trim();
  const sinceYear = /^\d{4}\b/.exec(account.customerSince.trim())?.[0];
  return {
    customer: account.name,
    ...(account.number !== '' && { accountNumber: account.number }),
    ...(contact !== undefined && { contact }),
    ...(sinceYear !== undefined && { customerSince: sinceYear }),
    ...(invoice && {
      invoice: invoice.number,
      // As the amount field shows an amount once it is left (it reads a leading $ too).
      amountDue: formatMoney(invoice.openCents),
      ...(invoice.dueOn !== null && { dueOn: invoice.dueOn }),
    }),
  };
}

/**
 * The form after a new fill replaces an earlier one. A field the caller typed into since the
 * earlier fill keeps what they typed, unless it is one of `forced`; every other field the earlier
 * fill set, or that is empty, takes the new fill's value (empty when the new fill has none).
 * Returns the form and what the fill now accounts for.
 */
export function applyFill(
  values: StartCallForm,
  earlier: AccountFill,
  next: AccountFill,
  forced: readonly (keyof StartCallForm)[] = [],
): { readonly values: StartCallForm; readonly fill: AccountFill } {
  const updated: Record<keyof StartCallForm, string> = { ...values };
  const fill: AccountFill = {};
  const fields = new Set([...keysOf(earlier), ...keysOf(next), ...forced]);
  for (const field of fields) {
    const isUntouched =
      values[field] === '' || values[field] === earlier[field] || forced.includes(field);
    if (!isUntouched) continue;
    updated[field] = next[field] ?? '';
    if (next[field] !== undefined) fill[field] = next[field];
  }
  return { values: updated, fill };
}

const keysOf = (fill: AccountFill) => Object.keys(fill) as (keyof StartCallForm)[];
