import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import { accountNameKey } from '../../../../shared/domain/accounts';
import type { ReportInvoice } from '../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../shared/domain/calendar';
import type { ImportCounts } from '../../../../shared/domain/imports';
import { inTransaction } from '../../storage/transaction';
import { ImportCancelledError } from './aging-report/errors';

/** One customer of the report with its invoices, one per invoice number. */
interface ReportAccount {
  readonly name: string;
  readonly number: string;
  readonly terms: string;
  readonly invoices: ReadonlyMap<string, ReportInvoice>;
}

interface StoredAccount {
  id: number;
  name: string;
  number: string;
  terms: string;
}

interface StoredInvoice {
  id: number;
  invoice_date: string | null;
  due_on: string | null;
  amount_cents: number | null;
  open_cents: number;
  currency: string;
  job: string;
  closed_on: string | null;
  seen_on: string | null;
}

type InvoiceAction = 'create' | 'update' | 'reopen' | 'unchanged' | 'older';

/** What the report says of an invoice against what is stored: the one rule plan and import share. */
function invoiceAction(
  stored: StoredInvoice | undefined,
  row: ReportInvoice,
  asOf: IsoDate,
): InvoiceAction {
  if (!stored) return 'create';
  if (stored.seen_on !== null && asOf < stored.seen_on) return 'older';
  if (stored.closed_on !== null) return 'reopen';
  const isSame =
    stored.open_cents === row.openCents &&
    stored.due_on === row.dueOn &&
    stored.invoice_date === row.invoiceDate &&
    stored.amount_cents === row.amountCents &&
    stored.currency === row.currency &&
    stored.job === row.job;
  return isSame ? 'unchanged' : 'update';
}

/** What the report says of an account against what is stored. */
function accountChanges(stored: StoredAccount, report: ReportAccount): Partial<StoredAccount> {
  const changes: Partial<StoredAccount> = {};
  if (report.number !== '' && stored.number === '') changes.number = report.number;
  if (report.number !== '' && report.name !== '' && stored.name !== report.name) {
    // Matched by number: the accounting system's name is the current one.
    changes.name = report.name;
  }
  if (report.terms !== '' && stored.terms !== report.terms) changes.terms = report.terms;
  return changes;
}

/**
 * The report's invoices by customer. The same invoice listed twice for one customer (split over
 * two lines, or once per page) is one invoice with the lines' balances added up.
 */
export function groupByAccount(invoices: readonly ReportInvoice[]): ReportAccount[] {
  const accounts = new Map<
    string,
    { name: string; number: string; terms: string; invoices: Map<string, ReportInvoice> }
  >();
  for (const row of invoices) {
    const key =
      row.accountNumber !== '' ? `#${row.accountNumber}` : `@${accountNameKey(row.customer)}`;
    let account = accounts.get(key);
    if (!account) {
      account = {
        name: row.customer,
        number: row.accountNumber,
        terms: row.terms,
        invoices: new Map(),
      };
      accounts.set(key, account);
    }
    if (account.terms === '' && row.terms !== '') account.terms = row.terms;
    const earlier = account.invoices.get(row.invoiceNumber);
    account.invoices.set(
      row.invoiceNumber,
      earlier ? { ...earlier, openCents: earlier.openCents + row.openCents } : row,
    );
  }
  return [...accounts.values()];
}

interface MutableCounts {
  accounts: { created: number; updated: number; unchanged: number };
  invoices: { created: number; updated: number; unchanged: number; closed: number };
  older: number;
}

const emptyCounts = (): MutableCounts => ({
  accounts: { created: 0, updated: 0, unchanged: 0 },
  invoices: { created: 0, updated: 0, unchanged: 0, closed: 0 },
  older: 0,
});

/** Rows written per transaction: main's own writes wait for at most one batch. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportRun {
  readonly fileName: string;
  readonly layout: string;
  readonly asOf: IsoDate;
  readonly isFull: boolean;
  /** Epoch milliseconds. */
  readonly at: number;
  readonly isCancelled: () => boolean;
  readonly onProgress: (done: number, total: number) => void;
}

/** The statements plan and import share, on the import worker's own connection. */
function statements(db: DatabaseSync) {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS listed_invoices (id INTEGER PRIMARY KEY)');
  return {
    accountByNumber: db.prepare(
      "SELECT id, name, number, terms FROM accounts WHERE number = ? AND number <> ''",
    ),
    accountByName: db.prepare(
      'SELECT id, name, number, terms FROM accounts WHERE name_key = ? ORDER BY id LIMIT 1',
    ),
    invoice:
      db.prepare(`SELECT id, invoice_date, due_on, amount_cents, open_cents, currency, job, closed_on, seen_on
      FROM invoices WHERE account_id = ? AND number = ?`),
    clearListed: db.prepare('DELETE FROM temp.listed_invoices'),
    list: db.prepare('INSERT OR IGNORE INTO temp.listed_invoices (id) VALUES (?)'),
    toClose: db.prepare(`SELECT id, open_cents FROM invoices
      WHERE closed_on IS NULL AND (seen_on IS NULL OR seen_on <= :asOf)
        AND id NOT IN (SELECT id FROM temp.listed_invoices)`),
    countToClose: db.prepare(`SELECT count(*) AS n FROM invoices
      WHERE closed_on IS NULL AND (seen_on IS NULL OR seen_on <= :asOf)
        AND id NOT IN (SELECT id FROM temp.listed_invoices)`),
  };
}

function storedAccount(
  s: ReturnType<typeof statements>,
  account: ReportAccount,
): StoredAccount | undefined {
  if (account.number !== '') {
    const byNumber = s.accountByNumber.get(account.number) as StoredAccount | undefined;
    if (byNumber) return byNumber;
  }
  return s.accountByName.get(accountNameKey(account.name)) as StoredAccount | undefined;
}

/**
 * The dry run: what importing `invoices` would create, update and close, read without writing
 * anything but the connection's own temporary table.
 */
export function planImport(
  db: DatabaseSync,
  invoices: readonly ReportInvoice[],
  options: {
    readonly asOf: IsoDate;
    readonly isFull: boolean;
    readonly isCancelled: () => boolean;
    readonly onProgress: (done: number, total: number) => void;
  },
): ImportCounts {
  const s = statements(db);
  const counts = emptyCounts();
  s.clearListed.run();
  const accounts = groupByAccount(invoices);
  accounts.forEach((account, index) => {
    if (index % IMPORT_BATCH_SIZE === 0) {
      if (options.isCancelled()) throw new ImportCancelledError();
      options.onProgress(index, accounts.length);
    }
    const stored = storedAccount(s, account);
    if (!stored) counts.accounts.created += 1;
    else if (Object.keys(accountChanges(stored, account)).length > 0) counts.accounts.updated += 1;
    else counts.accounts.unchanged += 1;
    for (const row of account.invoices.values()) {
      const existing = stored
        ? (s.invoice.get(stored.id, row.invoiceNumber) as StoredInvoice | undefined)
        : undefined;
      if (existing) s.list.run(existing.id);
      countInvoice(counts, invoiceAction(existing, row, options.asOf));
    }
  });
  if (options.isFull && invoices.length > 0) {
    counts.invoices.closed = (s.countToClose.get({ asOf: options.asOf }) as { n: number }).n;
  }
  s.clearListed.run();
  return counts;
}

function countInvoice(counts: MutableCounts, action: InvoiceAction): void {
  if (action === 'create') counts.invoices.created += 1;
  else if (action === 'update' || action === 'reopen') counts.invoices.updated += 1;
  else if (action === 'older') counts.older += 1;
  else counts.invoices.unchanged += 1;
}

/**
 * Stores the report: accounts matched by number, else by name, and created when missing; invoices
 * matched by account and number, created, updated or reopened; and, for a full report, every open
 * invoice it no longer lists closed as of its date. Nothing is ever deleted. Written in batches
 * of `IMPORT_BATCH_SIZE`, so main is never kept waiting long; a cancel stops between batches and
 * keeps what was stored (importing the same file again completes it and stores nothing twice).
 */
export function storeImport(
  db: DatabaseSync,
  invoices: readonly ReportInvoice[],
  run: ImportRun,
): { counts: ImportCounts; isComplete: boolean; importId: number } {
  const s = statements(db);
  const write = {
    importRow: db.prepare(`INSERT INTO imports (file_name, layout, as_of, is_full, imported_at)
      VALUES (:file_name, :layout, :as_of, :is_full, :at)`),
    finish: db.prepare(
      'UPDATE imports SET finished_at = :finished_at, counts_json = :counts WHERE id = :id',
    ),
    createAccount:
      db.prepare(`INSERT INTO accounts (name, name_key, number, terms, created_at, updated_at)
      VALUES (:name, :name_key, :number, :terms, :at, :at)`),
    updateAccount:
      db.prepare(`UPDATE accounts SET name = :name, name_key = :name_key, number = :number,
      terms = :terms, updated_at = :at WHERE id = :id`),
    createInvoice:
      db.prepare(`INSERT INTO invoices (account_id, number, invoice_date, due_on, amount_cents,
      open_cents, currency, job, seen_on, updated_at)
      VALUES (:account_id, :number, :invoice_date, :due_on, :amount_cents, :open_cents, :currency, :job, :as_of, :at)`),
    updateInvoice: db.prepare(`UPDATE invoices SET invoice_date = :invoice_date, due_on = :due_on,
      amount_cents = :amount_cents, open_cents = :open_cents, currency = :currency, job = :job,
      closed_on = NULL, seen_on = :as_of, updated_at = :at WHERE id = :id`),
    seen: db.prepare(
      'UPDATE invoices SET seen_on = :as_of WHERE id = :id AND (seen_on IS NULL OR seen_on < :as_of)',
    ),
    close: db.prepare(
      'UPDATE invoices SET closed_on = :as_of, open_cents = 0, updated_at = :at WHERE id = :id',
    ),
    event: db.prepare(`INSERT INTO invoice_events (invoice_id, import_id, on_date, kind, open_cents)
      VALUES (:invoice_id, :import_id, :on_date, :kind, :open_cents)`),
  };
  const counts = emptyCounts();
  const { asOf, at } = run;
  const importId = Number(
    write.importRow.run({
      file_name: run.fileName,
      layout: run.layout,
      as_of: asOf,
      is_full: run.isFull ? 1 : 0,
      at,
    }).lastInsertRowid,
  );
  const event = (invoiceId: number, kind: string, openCents: number) =>
    write.event.run({
      invoice_id: invoiceId,
      import_id: importId,
      on_date: asOf,
      kind,
      open_cents: openCents,
    });

  function storeAccount(account: ReportAccount): number {
    const stored = storedAccount(s, account);
    if (!stored) {
      counts.accounts.created += 1;
      return Number(
        write.createAccount.run({
          name: account.name,
          name_key: accountNameKey(account.name),
          number: account.number,
          terms: account.terms,
          at,
        }).lastInsertRowid,
      );
    }
    const changes = accountChanges(stored, account);
    if (Object.keys(changes).length === 0) {
      counts.accounts.unchanged += 1;
      return stored.id;
    }
    const next = { ...stored, ...changes };
    write.updateAccount.run({ ...next, name_key: accountNameKey(next.name), at });
    counts.accounts.updated += 1;
    return stored.id;
  }

  function storeInvoice(accountId: number, row: ReportInvoice): void {
    const existing = s.invoice.get(accountId, row.invoiceNumber) as StoredInvoice | undefined;
    const action = invoiceAction(existing, row, asOf);
    countInvoice(counts, action);
    const values = {
      invoice_date: row.invoiceDate,
      due_on: row.dueOn,
      amount_cents: row.amountCents,
      open_cents: row.openCents,
      currency: row.currency,
      job: row.job,
      as_of: asOf,
      at,
    };
    if (!existing) {
      const id = Number(
        write.createInvoice.run({ ...values, account_id: accountId, number: row.invoiceNumber })
          .lastInsertRowid,
      );
      s.list.run(id);
      event(id, 'listed', row.openCents);
      return;
    }
    s.list.run(existing.id);
    if (action === 'update' || action === 'reopen') {
      write.updateInvoice.run({ ...values, id: existing.id });
      event(existing.id, action === 'reopen' ? 'reopened' : 'changed', row.openCents);
    } else if (action === 'unchanged') {
      write.seen.run({ as_of: asOf, id: existing.id });
    }
  }

  s.clearListed.run();
  const accounts = groupByAccount(invoices);
  const total = invoices.length;
  let done = 0;
  let isComplete = true;
  for (let start = 0; start < accounts.length;) {
    if (run.isCancelled()) {
      isComplete = false;
      break;
    }
    run.onProgress(done, total);
    // A batch is whole accounts, about IMPORT_BATCH_SIZE invoices.
    inTransaction(db, () => {
      let written = 0;
      while (start < accounts.length && written < IMPORT_BATCH_SIZE) {
        const account = accounts[start]!;
        const accountId = storeAccount(account);
        for (const row of account.invoices.values()) storeInvoice(accountId, row);
        written += account.invoices.size;
        start += 1;
      }
      done += written;
    });
  }
  // A report from which nothing was read closes nothing, whatever it claims to be.
  if (isComplete && run.isFull && invoices.length > 0) {
    const closing = s.toClose.all({ asOf }) as { id: number; open_cents: number }[];
    for (let start = 0; start < closing.length && isComplete; start += IMPORT_BATCH_SIZE) {
      if (run.isCancelled()) {
        isComplete = false;
        break;
      }
      inTransaction(db, () => {
        for (const invoice of closing.slice(start, start + IMPORT_BATCH_SIZE)) {
          write.close.run({ as_of: asOf, at, id: invoice.id });
          event(invoice.id, 'closed', invoice.open_cents);
          counts.invoices.closed += 1;
        }
      });
    }
  }
  s.clearListed.run();
  write.finish.run({
    id: importId,
    finished_at: isComplete ? at : null,
    counts: JSON.stringify(counts),
  });
  run.onProgress(total, total);
  return { counts, isComplete, importId };
}
