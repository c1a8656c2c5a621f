import type { Account } from './accounts';
import { localDate } from './calendar';
import type { Call } from './call';

/** Longest "To" line kept: a handful of addresses, far more than a recap goes to. */
export const RECAP_TO_MAX_LENGTH = 500;
export const RECAP_SUBJECT_MAX_LENGTH = 300;
/** Longest body kept: many times any recap built from a call, with room for the caller's edits. */
export const RECAP_BODY_MAX_LENGTH = 20_000;

/** A recap e-mail as the caller edits it before sending. */
export interface RecapDraft {
  /** Addresses separated by commas or semicolons, or '' until the caller fills it in. */
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** A call's recap: the one stored with it (`isEdited`), else the one built from its facts. */
export interface CallRecap extends RecapDraft {
  readonly isEdited: boolean;
}

// Loose on purpose: it catches a half-typed or pasted-wrong address, not every RFC 5322 corner.
const EMAIL_SHAPE = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\.]{2,}$/;

/** The addresses in a "To" line, trimmed, empty parts dropped. */
export function addressesOf(to: string): string[] {
  return to
    .split(/[,;]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** Whether `to` is empty or one or more e-mail shaped addresses separated by commas or semicolons. */
export function isAddressList(to: string): boolean {
  if (/[\r\n]/.test(to)) return false;
  return addressesOf(to).every((address) => EMAIL_SHAPE.test(address));
}

/** The playbook field that, when a call captures it, names where the recap goes. */
export const RECAP_TO_FIELD_ID = 'recap-to';

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Where a call's recap goes when the caller has not said: the address captured in the call
 * (a `recap-to` field in any step or situation), else the e-mail of the account's contact the
 * call was with, else the only contact's when the call named none; '' when none of these holds
 * an e-mail shaped address. Never another contact's: a recap must not reach the wrong person.
 */
export function recapAddressOf(
  call: Pick<Call, 'captures' | 'contact'>,
  account: Pick<Account, 'contacts'> | null,
): string {
  for (const values of Object.values(call.captures)) {
    const captured = values[RECAP_TO_FIELD_ID]?.trim() ?? '';
    if (captured !== '' && isAddressList(captured)) return captured;
  }
  const contacts = account?.contacts ?? [];
  const contact =
    nameKey(call.contact) === ''
      ? contacts.length === 1
        ? contacts[0]
        : undefined
      : contacts.find((known) => nameKey(known.name) === nameKey(call.contact));
  const email = contact?.email.trim() ?? '';
  return email !== '' && isAddressList(email) ? email : '';
}

/**
 * A file name for the call's recap draft, such as `Recap Acme Supplies 2026-12-01.eml`: only
 * characters every file system takes, and short enough for any of them.
 */
export function recapFileName(call: Pick<Call, 'customer' | 'startedAt'>): string {
  const customer = call.customer
    // Characters Windows, macOS or Linux refuse in a name, and control characters.
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 60)
    .trim();
  return `Recap ${customer === '' ? '' : `${customer} `}${localDate(call.startedAt)}.eml`;
}
