import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import { callsAndSearch } from '../../../../../electron/main/storage/migrations/001-calls-and-search';
import { situationsAndPlaybookSnapshots } from '../../../../../electron/main/storage/migrations/002-situations-and-playbook-snapshots';
import { accountsAndInvoices } from '../../../../../electron/main/storage/migrations/003-accounts-and-invoices';
import { migrate, schemaVersion } from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** A version 2 database holding `calls` as [id, customer, account number, customer since]. */
function v2DatabaseWith(calls: readonly (readonly [string, string, string, string])[]) {
  const db = new DatabaseSync(path.join(dirs.make(), 'call-coach.db'));
  databases.push(db);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, [callsAndSearch, situationsAndPlaybookSnapshots]);
  const insert = db.prepare(`
    INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, customer_since,
      started_at, ended_at, steps_json, notes, updated_at)
    VALUES (?, 'default-ar', 2, ?, ?, ?, ?, ?, '[]', 'notes of ' || ?, ?)`);
  calls.forEach(([id, customer, number, since], index) => {
    insert.run(id, customer, number, since, T0 + index, T0 + index + 1, id, T0);
  });
  return db;
}

const toVersion3 = (db: DatabaseSyncInstance) =>
  migrate(db, [callsAndSearch, situationsAndPlaybookSnapshots, accountsAndInvoices]);

function accountsOfCalls(db: DatabaseSyncInstance): unknown[] {
  return db
    .prepare(
      `SELECT calls.id AS call, accounts.name, accounts.number, accounts.customer_since AS since
       FROM calls JOIN accounts ON accounts.id = calls.account_id ORDER BY calls.seq`,
    )
    .all();
}

describe('migration 3: accounts and invoices', () => {
  it('brings a version 2 database to version 3', () => {
    const db = v2DatabaseWith([['a', 'Acme Supply', 'AC-1', '']]);

    toVersion3(db);

    expect(schemaVersion(db)).toBe(3);
  });

  it('gives every call an account: one per account number, else one per name', () => {
    const db = v2DatabaseWith([
      ['a1', 'Acme Supply', 'AC-1', '2014'],
      ['g1', 'Globex', '', ''],
      ['a2', 'ACME Supply Co', 'AC-1', ''],
      ['g2', '  globex ', '', ''],
      ['m1', 'MÜLLER GmbH', '', ''],
      ['m2', 'Müller GmbH', '', ''],
      ['i1', 'Initech', 'IN-9', ''],
    ]);

    toVersion3(db);

    expect(accountsOfCalls(db)).toEqual([
      { call: 'a1', name: 'Acme Supply', number: 'AC-1', since: '2014' },
      { call: 'g1', name: 'Globex', number: '', since: '' },
      { call: 'a2', name: 'Acme Supply', number: 'AC-1', since: '2014' },
      { call: 'g2', name: 'Globex', number: '', since: '' },
      { call: 'm1', name: 'MÜLLER GmbH', number: '', since: '' },
      { call: 'm2', name: 'MÜLLER GmbH', number: '', since: '' },
      { call: 'i1', name: 'Initech', number: 'IN-9', since: '' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 4 });
  });

  it('joins a call without a number to the numbered account of the same name', () => {
    const db = v2DatabaseWith([
      ['plain', 'Acme Supply', '', ''],
      ['numbered', 'Acme Supply', 'AC-1', ''],
    ]);

    toVersion3(db);

    expect(accountsOfCalls(db)).toEqual([
      { call: 'plain', name: 'Acme Supply', number: 'AC-1', since: '' },
      { call: 'numbered', name: 'Acme Supply', number: 'AC-1', since: '' },
    ]);
  });

  it('keeps every call and its notes as they were', () => {
    const db = v2DatabaseWith([
      ['a', 'Acme Supply', 'AC-1', ''],
      ['b', 'Globex', '', ''],
    ]);
    const before = db.prepare('SELECT id, customer, account_number, notes FROM calls').all();

    toVersion3(db);

    expect(db.prepare('SELECT id, customer, account_number, notes FROM calls').all()).toEqual(
      before,
    );
  });

  it('finds accounts by a prefix of a word in their name or number', () => {
    const db = v2DatabaseWith([
      ['a', 'Acme Supply', 'AC-1', ''],
      ['b', 'Globex', '', ''],
    ]);

    toVersion3(db);

    const match = (query: string): unknown[] =>
      db
        .prepare(
          `SELECT accounts.name FROM account_search JOIN accounts ON accounts.id = account_search.rowid
           WHERE account_search MATCH ? ORDER BY accounts.name`,
        )
        .all(query);
    expect(match('"sup"*')).toEqual([{ name: 'Acme Supply' }]);
    expect(match('"glo"*')).toEqual([{ name: 'Globex' }]);
  });

  it('keeps the account index in step with renamed and new accounts', () => {
    const db = v2DatabaseWith([]);
    toVersion3(db);
    db.prepare(
      `INSERT INTO accounts (name, name_key, number, created_at, updated_at) VALUES ('Old Name', 'old name', '', 1, 1)`,
    ).run();

    db.prepare(`UPDATE accounts SET name = 'New Name', name_key = 'new name'`).run();

    const count = (query: string): unknown =>
      db
        .prepare('SELECT count(*) AS n FROM account_search WHERE account_search MATCH ?')
        .get(query);
    expect(count('"old"')).toEqual({ n: 0 });
    expect(count('"new"')).toEqual({ n: 1 });
  });

  it('refuses an invoice for an account that does not exist', () => {
    const db = v2DatabaseWith([]);
    toVersion3(db);

    expect(() =>
      db
        .prepare(
          `INSERT INTO invoices (account_id, number, open_cents, updated_at) VALUES (99, '1', 0, 1)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('keeps two invoices of one account apart only by number, leading zeros included', () => {
    const db = v2DatabaseWith([['a', 'Acme Supply', 'AC-1', '']]);
    toVersion3(db);
    const insert = db.prepare(
      `INSERT INTO invoices (account_id, number, open_cents, updated_at) VALUES (1, ?, 0, 1)`,
    );

    insert.run('00123');
    insert.run('123');

    expect(() => insert.run('00123')).toThrow(/UNIQUE/);
  });
});
