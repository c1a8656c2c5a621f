import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import {
  accountNameKey,
  type Account,
  type Contact,
  type Invoice,
} from '../../../../shared/domain/accounts';

/** What a call's start form says about the customer, when no account was picked. */
export interface AccountDetails {
  readonly name: string;
  readonly number: string;
  readonly contact: string;
  readonly customerSince: string;
}

/** Where accounts and their contacts live, on main's connection. */
export interface AccountRepository {
  get(accountId: number): Account | null;
  /**
   * The account these details name: by number when there is one, else by name; created when
   * there is none. A contact not yet on the account is added, a missing year filled in.
   */
  findOrCreate(details: AccountDetails): Account;
  /**
   * What a call's form adds to an account it picked: a contact not yet on it, and the year they
   * became a customer when the account does not know it yet. Returns the account as it then is.
   */
  remember(accountId: number, details: Pick<AccountDetails, 'contact' | 'customerSince'>): Account;
}

interface AccountRow {
  id: number;
  name: string;
  number: string;
  customer_since: string;
  terms: string;
  note: string;
}

interface ContactRow {
  name: string;
  role: string;
  phone: string;
  email: string;
}

/** Reads one account with its contacts, on whichever connection `db` is (main's or a worker's). */
export function createAccountLookup(db: DatabaseSync): (accountId: number) => Account | null {
  const byId = db.prepare(
    'SELECT id, name, number, customer_since, terms, note FROM accounts WHERE id = ?',
  );
  const contactsOf = db.prepare(
    'SELECT name, role, phone, email FROM account_contacts WHERE account_id = ? ORDER BY position, id',
  );
  return (accountId) => {
    const row = byId.get(accountId) as AccountRow | undefined;
    if (!row) return null;
    const contacts = contactsOf.all(accountId) as unknown as ContactRow[];
    return {
      id: row.id,
      name: row.name,
      number: row.number,
      contacts: contacts.map((contact): Contact => ({ ...contact })),
      customerSince: row.customer_since,
      terms: row.terms,
      note: row.note,
    };
  };
}

interface InvoiceRow {
  id: number;
  account_id: number;
  number: string;
  invoice_date: string | null;
  due_on: string | null;
  amount_cents: number | null;
  open_cents: number;
  currency: string;
  closed_on: string | null;
  seen_on: string | null;
  job: string;
}

const toInvoice = (row: InvoiceRow): Invoice => ({
  id: row.id,
  accountId: row.account_id,
  number: row.number,
  invoiceDate: row.invoice_date,
  dueOn: row.due_on,
  amountCents: row.amount_cents,
  openCents: row.open_cents,
  currency: row.currency,
  closedOn: row.closed_on,
  seenOn: row.seen_on,
  job: row.job,
});

/** Every invoice of one account, open and closed, by due date, on whichever connection `db` is. */
export function createInvoiceLookup(db: DatabaseSync): (accountId: number) => Invoice[] {
  const invoicesOf = db.prepare(`
    SELECT id, account_id, number, invoice_date, due_on, amount_cents, open_cents, currency,
      closed_on, seen_on, job
    FROM invoices WHERE account_id = ? ORDER BY due_on, id`);
  return (accountId) => (invoicesOf.all(accountId) as unknown as InvoiceRow[]).map(toInvoice);
}

/** A repository over accounts and account_contacts; `clock` stamps the rows. */
export function createAccountRepository(db: DatabaseSync, clock: () => number): AccountRepository {
  const get = createAccountLookup(db);
  const byNumber = db.prepare("SELECT id FROM accounts WHERE number = ? AND number <> ''");
  const byName = db.prepare('SELECT id FROM accounts WHERE name_key = ? ORDER BY id LIMIT 1');
  const insertAccount = db.prepare(`
    INSERT INTO accounts (name, name_key, number, customer_since, created_at, updated_at)
    VALUES (:name, :name_key, :number, :customer_since, :at, :at)`);
  const fillYear = db.prepare(
    "UPDATE accounts SET customer_since = ?, updated_at = ? WHERE id = ? AND customer_since = ''",
  );
  const insertContact = db.prepare(`
    INSERT INTO account_contacts (account_id, position, name, phone_digits)
    VALUES (:account_id, (SELECT count(*) FROM account_contacts WHERE account_id = :account_id), :name, :digits)`);

  function find(details: AccountDetails): number | null {
    const number = details.number.trim();
    const found = (
      number !== '' ? byNumber.get(number) : byName.get(accountNameKey(details.name))
    ) as { id: number } | undefined;
    return found?.id ?? null;
  }

  function remember(
    accountId: number,
    details: Pick<AccountDetails, 'contact' | 'customerSince'>,
  ): Account {
    if (details.customerSince !== '') fillYear.run(details.customerSince, clock(), accountId);
    const contact = details.contact.trim();
    const account = get(accountId)!;
    const isKnown = account.contacts.some(
      (known) => accountNameKey(known.name) === accountNameKey(contact),
    );
    if (contact === '' || isKnown) return account;
    insertContact.run({ account_id: accountId, name: contact, digits: '' });
    return get(accountId)!;
  }

  return {
    get,
    remember,
    findOrCreate(details) {
      const found = find(details);
      if (found !== null) return remember(found, details);
      const created = insertAccount.run({
        name: details.name.trim(),
        name_key: accountNameKey(details.name),
        number: details.number.trim(),
        customer_since: details.customerSince,
        at: clock(),
      });
      return remember(Number(created.lastInsertRowid), { ...details, customerSince: '' });
    },
  };
}
