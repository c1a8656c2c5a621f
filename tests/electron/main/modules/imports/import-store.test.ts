import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import {
  IMPORT_BATCH_SIZE,
  planImport,
  storeImport,
  type ImportRun,
} from '../../../../../electron/main/modules/imports/import-store';
import { migrate } from '../../../../../electron/main/storage/migrations';
import type { ReportInvoice } from '../../../../../shared/domain/aging-report';

const databases: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
});

function database(): DatabaseSyncInstance {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  databases.push(db);
  return db;
}

let line = 10;
function row(overrides: Partial<ReportInvoice> = {}): ReportInvoice {
  line += 1;
  return {
    line,
    customer: 'Acme Supply',
    accountNumber: '',
    job: '',
    invoiceNumber: 'INV-0001',
    invoiceDate: '2026-10-01',
    dueOn: '2026-10-31',
    amountCents: 100_000,
    openCents: 100_000,
    currency: 'USD',
    terms: 'Net 30',
    ...overrides,
  };
}

function run(overrides: Partial<ImportRun> = {}): ImportRun {
  return {
    fileName: 'aging.csv',
    layout: 'quickbooks-online',
    asOf: '2026-11-30',
    isFull: true,
    at: 1_800_000_000_000,
    isCancelled: () => false,
    onProgress: () => undefined,
    ...overrides,
  };
}

const plan = (
  db: DatabaseSyncInstance,
  rows: ReportInvoice[],
  asOf = '2026-11-30',
  isFull = true,
) => planImport(db, rows, { asOf, isFull, isCancelled: () => false, onProgress: () => undefined });

function invoices(db: DatabaseSyncInstance): unknown[] {
  return db
    .prepare(
      `SELECT accounts.name, invoices.number, open_cents AS open, closed_on AS closed, seen_on AS seen
       FROM invoices JOIN accounts ON accounts.id = invoices.account_id ORDER BY invoices.id`,
    )
    .all();
}

const firstReport = () => [
  row({ invoiceNumber: '00042', openCents: 50_000 }),
  row({ invoiceNumber: 'INV-7' }),
  row({ customer: 'Globex', accountNumber: 'GX-1', invoiceNumber: '9' }),
];

describe('planImport (the dry run)', () => {
  it('counts what a first import would create, storing nothing', () => {
    const db = database();

    const counts = plan(db, firstReport());

    expect(counts).toEqual({
      accounts: { created: 2, updated: 0, unchanged: 0 },
      invoices: { created: 3, updated: 0, unchanged: 0, closed: 0 },
      older: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
  });

  it('says exactly what storing would then change', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-10-31' }));
    const newer = [
      row({ invoiceNumber: '00042', openCents: 20_000 }),
      row({ customer: 'Globex', accountNumber: 'GX-1', invoiceNumber: '9' }),
      row({ customer: 'Initech', invoiceNumber: 'A-1' }),
    ];

    const counts = plan(db, newer);
    const stored = storeImport(db, newer, run());

    expect(counts).toEqual({
      accounts: { created: 1, updated: 0, unchanged: 2 },
      invoices: { created: 1, updated: 1, unchanged: 1, closed: 1 },
      older: 0,
    });
    expect(stored.counts).toEqual(counts);
  });
});

describe('storeImport', () => {
  it('stores accounts and invoices, invoice numbers as written', () => {
    const db = database();

    const stored = storeImport(db, firstReport(), run());

    expect(stored.isComplete).toBe(true);
    expect(invoices(db)).toEqual([
      { name: 'Acme Supply', number: '00042', open: 50_000, closed: null, seen: '2026-11-30' },
      { name: 'Acme Supply', number: 'INV-7', open: 100_000, closed: null, seen: '2026-11-30' },
      { name: 'Globex', number: '9', open: 100_000, closed: null, seen: '2026-11-30' },
    ]);
  });

  it('changes nothing when the same file is imported again', () => {
    const db = database();
    storeImport(db, firstReport(), run());
    const before = {
      accounts: db.prepare('SELECT * FROM accounts').all(),
      invoices: db.prepare('SELECT * FROM invoices').all(),
      events: db.prepare('SELECT * FROM invoice_events').all(),
    };

    const again = storeImport(db, firstReport(), run({ at: 1_900_000_000_000 }));

    expect(again.counts).toEqual({
      accounts: { created: 0, updated: 0, unchanged: 2 },
      invoices: { created: 0, updated: 0, unchanged: 3, closed: 0 },
      older: 0,
    });
    expect({
      accounts: db.prepare('SELECT * FROM accounts').all(),
      invoices: db.prepare('SELECT * FROM invoices').all(),
      events: db.prepare('SELECT * FROM invoice_events').all(),
    }).toEqual(before);
  });

  it('updates balances from a newer report and closes, never deletes, what it no longer lists', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-10-31' }));

    storeImport(
      db,
      [row({ invoiceNumber: '00042', openCents: 20_000 })],
      run({ asOf: '2026-11-30' }),
    );

    expect(invoices(db)).toEqual([
      { name: 'Acme Supply', number: '00042', open: 20_000, closed: null, seen: '2026-11-30' },
      { name: 'Acme Supply', number: 'INV-7', open: 0, closed: '2026-11-30', seen: '2026-10-31' },
      { name: 'Globex', number: '9', open: 0, closed: '2026-11-30', seen: '2026-10-31' },
    ]);
    expect(
      db
        .prepare('SELECT kind, open_cents AS open, on_date AS day FROM invoice_events ORDER BY id')
        .all(),
    ).toEqual([
      { kind: 'listed', open: 50_000, day: '2026-10-31' },
      { kind: 'listed', open: 100_000, day: '2026-10-31' },
      { kind: 'listed', open: 100_000, day: '2026-10-31' },
      { kind: 'changed', open: 20_000, day: '2026-11-30' },
      { kind: 'closed', open: 100_000, day: '2026-11-30' },
      { kind: 'closed', open: 100_000, day: '2026-11-30' },
    ]);
  });

  it('closes nothing when the report is not a full one', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-10-31' }));

    const stored = storeImport(db, [row({ invoiceNumber: '00042' })], run({ isFull: false }));

    expect(stored.counts.invoices.closed).toBe(0);
    expect(
      db.prepare('SELECT count(*) AS n FROM invoices WHERE closed_on IS NOT NULL').get(),
    ).toEqual({ n: 0 });
  });

  it('closes nothing for a full report from which no invoice was read', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-10-31' }));

    expect(plan(db, []).invoices.closed).toBe(0);
    expect(storeImport(db, [], run()).counts.invoices.closed).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM invoices WHERE closed_on IS NULL').get()).toEqual({
      n: 3,
    });
  });

  it('reopens a closed invoice that a later report lists again', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-10-31' }));
    storeImport(
      db,
      [row({ invoiceNumber: '00042', openCents: 50_000 })],
      run({ asOf: '2026-11-15' }),
    );

    const stored = storeImport(db, firstReport(), run({ asOf: '2026-11-30' }));

    expect(stored.counts.invoices).toMatchObject({ updated: 2, unchanged: 1 });
    expect(
      db.prepare('SELECT count(*) AS n FROM invoices WHERE closed_on IS NOT NULL').get(),
    ).toEqual({ n: 0 });
  });

  it('leaves invoices alone that an older report than the stored one describes', () => {
    const db = database();
    storeImport(db, firstReport(), run({ asOf: '2026-11-30' }));

    const stored = storeImport(
      db,
      [row({ invoiceNumber: '00042', openCents: 99_999 })],
      run({ asOf: '2026-10-31' }),
    );

    expect(stored.counts.older).toBe(1);
    expect(stored.counts.invoices.closed).toBe(0);
    expect(invoices(db)[0]).toMatchObject({ number: '00042', open: 50_000 });
  });

  it('matches accounts by number before name, and takes the report’s newer name', () => {
    const db = database();
    storeImport(
      db,
      [row({ customer: 'Globex', accountNumber: 'GX-1', invoiceNumber: '9' })],
      run(),
    );

    const stored = storeImport(
      db,
      [row({ customer: 'Globex Corporation', accountNumber: 'GX-1', invoiceNumber: '9' })],
      run(),
    );

    expect(stored.counts.accounts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(db.prepare('SELECT name, number FROM accounts').all()).toEqual([
      { name: 'Globex Corporation', number: 'GX-1' },
    ]);
  });

  it('matches an account by name, however it is capitalised or spaced', () => {
    const db = database();
    storeImport(db, [row({ customer: 'Acme Supply' })], run());

    storeImport(
      db,
      [row({ customer: '  ACME  supply ', invoiceNumber: 'INV-2' })],
      run({ isFull: false }),
    );

    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it('adds up one invoice listed on two lines', () => {
    const db = database();

    storeImport(db, [row({ openCents: 60_000 }), row({ openCents: -10_000 })], run());

    expect(invoices(db)).toEqual([
      { name: 'Acme Supply', number: 'INV-0001', open: 50_000, closed: null, seen: '2026-11-30' },
    ]);
  });

  it('stops between batches when cancelled, keeping what was stored, and a second import finishes it', () => {
    const db = database();
    const rows = Array.from({ length: IMPORT_BATCH_SIZE * 3 }, (_, index) =>
      row({ customer: `Customer ${index}`, invoiceNumber: String(index) }),
    );
    let batches = 0;

    const stopped = storeImport(
      db,
      rows,
      run({ isCancelled: () => batches >= 1, onProgress: () => (batches += 1) }),
    );
    const finished = storeImport(db, rows, run());

    expect(stopped.isComplete).toBe(false);
    expect(stopped.counts.invoices.created).toBe(IMPORT_BATCH_SIZE);
    expect(stopped.counts.invoices.closed).toBe(0);
    expect(finished.counts.invoices).toEqual({
      created: IMPORT_BATCH_SIZE * 2,
      updated: 0,
      unchanged: IMPORT_BATCH_SIZE,
      closed: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM invoices').get()).toEqual({ n: rows.length });
    expect(db.prepare('SELECT finished_at FROM imports ORDER BY id').all()).toEqual([
      { finished_at: null },
      { finished_at: 1_800_000_000_000 },
    ]);
  });

  it('finds an imported invoice by its number and its account by a prefix of its name', () => {
    const db = database();

    storeImport(db, firstReport(), run());

    expect(
      db
        .prepare(`SELECT count(*) AS n FROM invoice_search WHERE invoice_search MATCH '"00042"'`)
        .get(),
    ).toEqual({ n: 1 });
    expect(
      db
        .prepare(`SELECT count(*) AS n FROM account_search WHERE account_search MATCH '"glo"*'`)
        .get(),
    ).toEqual({ n: 1 });
  });
});
