import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import { accountNameKey } from '../../../../shared/domain/accounts';
import type { Migration } from './migration';

// Prefix indexes of two and three characters let the pick-list match a word being typed without
// reading every token that starts with it.
const SEARCH_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;

/** An FTS5 index over `columns` of `table`, kept in step with it by triggers. */
function searchIndex(name: string, table: string, columns: readonly string[]): string {
  const list = columns.join(', ');
  const fresh = columns.map((column) => `new.${column}`).join(', ');
  const old = columns.map((column) => `old.${column}`).join(', ');
  return `
    CREATE VIRTUAL TABLE ${name} USING fts5(${list}, content = '${table}', content_rowid = 'id', ${SEARCH_OPTIONS});
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${name} (rowid, ${list}) VALUES (new.id, ${fresh});
    END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${name} (${name}, rowid, ${list}) VALUES ('delete', old.id, ${old});
    END;
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      INSERT INTO ${name} (${name}, rowid, ${list}) VALUES ('delete', old.id, ${old});
      INSERT INTO ${name} (rowid, ${list}) VALUES (new.id, ${fresh});
    END;`;
}

/**
 * Every call stored so far gets an account: one per account number, and, for calls without a
 * number, one per customer name (matched as the app matches names). Nothing about a call changes
 * but the account it points at.
 */
function linkCallsToAccounts(db: DatabaseSync): void {
  const calls = db
    .prepare(
      `SELECT seq, customer, account_number, customer_since, started_at FROM calls ORDER BY seq`,
    )
    .all() as {
    seq: number;
    customer: string;
    account_number: string;
    customer_since: string;
    started_at: number;
  }[];
  const insert = db.prepare(`
    INSERT INTO accounts (name, name_key, number, customer_since, created_at, updated_at)
    VALUES (:name, :name_key, :number, :customer_since, :at, :at)`);
  const link = db.prepare('UPDATE calls SET account_id = ? WHERE seq = ?');
  const byNumber = new Map<string, number>();
  const byName = new Map<string, number>();
  // Numbered calls first, so a later call with the same name and no number joins that account.
  const ordered = [
    ...calls.filter((call) => call.account_number.trim() !== ''),
    ...calls.filter((call) => call.account_number.trim() === ''),
  ];
  for (const call of ordered) {
    const number = call.account_number.trim();
    const nameKey = accountNameKey(call.customer);
    let accountId = number === '' ? byName.get(nameKey) : byNumber.get(number);
    if (accountId === undefined) {
      const result = insert.run({
        name: call.customer.trim(),
        name_key: nameKey,
        number,
        customer_since: call.customer_since,
        at: call.started_at,
      });
      accountId = Number(result.lastInsertRowid);
      if (number !== '') byNumber.set(number, accountId);
      if (!byName.has(nameKey)) byName.set(nameKey, accountId);
    }
    link.run(accountId, call.seq);
  }
}

/**
 * Version 3: the account memory. Accounts with their contacts and invoices, the reports they were
 * imported from, the column mappings callers chose per header layout, and search indexes for the
 * start form's pick-list. Every call is linked to an account.
 */
export const accountsAndInvoices: Migration = {
  version: 3,
  description: 'accounts, contacts, invoices, imports; every call linked to an account',
  sql: `
    CREATE TABLE accounts (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,              -- accountNameKey(name): how names are matched
      number TEXT NOT NULL DEFAULT '',
      customer_since TEXT NOT NULL DEFAULT '',
      terms TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX accounts_by_number ON accounts (number) WHERE number <> '';
    CREATE INDEX accounts_by_name ON accounts (name_key);
    ${searchIndex('account_search', 'accounts', ['name', 'number'])}

    CREATE TABLE account_contacts (
      id INTEGER PRIMARY KEY,
      account_id INTEGER NOT NULL REFERENCES accounts (id),
      position INTEGER NOT NULL,
      name TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      phone_digits TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX account_contacts_by_account ON account_contacts (account_id, position);
    ${searchIndex('contact_search', 'account_contacts', ['name', 'phone_digits', 'email'])}

    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      layout TEXT NOT NULL,
      as_of TEXT NOT NULL,                 -- the report's date: invoices are as they stood then
      is_full INTEGER NOT NULL,            -- 1: the report lists every open invoice
      imported_at INTEGER NOT NULL,
      finished_at INTEGER,                 -- null: stopped part-way (cancelled or failed)
      counts_json TEXT NOT NULL DEFAULT '{}'
    );

    CREATE TABLE invoices (
      id INTEGER PRIMARY KEY,
      account_id INTEGER NOT NULL REFERENCES accounts (id),
      number TEXT NOT NULL,                -- as text: leading zeros matter
      invoice_date TEXT,
      due_on TEXT,
      amount_cents INTEGER,
      open_cents INTEGER NOT NULL,
      currency TEXT NOT NULL DEFAULT '',
      job TEXT NOT NULL DEFAULT '',
      closed_on TEXT,                      -- as-of date of the first full report without it
      seen_on TEXT,                        -- as-of date of the newest report that listed it
      updated_at INTEGER NOT NULL,
      UNIQUE (account_id, number)
    );
    CREATE INDEX invoices_open ON invoices (account_id, due_on) WHERE closed_on IS NULL;
    ${searchIndex('invoice_search', 'invoices', ['number'])}

    -- What each import did to an invoice, for the account's timeline. Rows are only added.
    CREATE TABLE invoice_events (
      id INTEGER PRIMARY KEY,
      invoice_id INTEGER NOT NULL REFERENCES invoices (id),
      import_id INTEGER REFERENCES imports (id),
      on_date TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('listed', 'changed', 'closed', 'reopened')),
      open_cents INTEGER NOT NULL
    );
    CREATE INDEX invoice_events_by_invoice ON invoice_events (invoice_id, id);

    CREATE TABLE import_mappings (
      signature TEXT PRIMARY KEY,          -- headerSignature(): the report's header layout
      mapping_json TEXT NOT NULL,
      updated_at INTEGER NOT NULL
    );

    ALTER TABLE calls ADD COLUMN account_id INTEGER REFERENCES accounts (id);
    CREATE INDEX calls_by_account ON calls (account_id, seq);
  `,
  fill: linkCallsToAccounts,
};
