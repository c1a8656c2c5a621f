import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import { createFollowUpRepository } from '../../../../../electron/main/modules/follow-ups/follow-up-repository';
import { storeImport } from '../../../../../electron/main/modules/imports/import-store';
import { createDeletionRepository } from '../../../../../electron/main/modules/retention/deletion-repository';
import {
  closeDatabase,
  DATABASE_FILE_NAME,
  openDatabase,
} from '../../../../../electron/main/storage/database';
import type { ReportInvoice } from '../../../../../shared/domain/aging-report';
import type { Call } from '../../../../../shared/domain/call';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import { localInstant } from '../../../../support/account-builders';
import { buildCall, T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs('call-coach-deletion-');
const databases: DatabaseSyncInstance[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

const CALL_DAY = '2026-11-02';
const PAY_BY = '2026-11-06';

/** A call that took a promise and left two follow-ups: the promise's and a callback. */
const promiseCall: Partial<Call> = {
  captures: { 'promise-to-pay': { amount: '800.00', 'pay-on': PAY_BY, invoices: 'INV-40' } },
  closing: {
    outcomeId: 'promise-to-pay',
    outcomeLabel: 'Promise to pay',
    action: { what: 'Call back about the rest', dueOn: '2026-11-09' },
    followUps: [
      {
        sectionId: 'promise-to-pay',
        what: 'Confirm the promised payment has arrived',
        who: 'You',
        dueOn: PAY_BY,
      },
    ],
  },
};

function invoiceRows(customer: string, accountNumber: string, numbers: readonly string[]) {
  return numbers.map((invoiceNumber, index): ReportInvoice => ({
    line: index + 1,
    customer,
    accountNumber,
    job: '',
    invoiceNumber,
    invoiceDate: null,
    dueOn: '2026-10-01',
    amountCents: 10_000,
    openCents: 10_000,
    currency: 'USD',
    terms: '',
  }));
}

/** A real database file in a temp folder, opened as main opens it (migrated, secure_delete). */
function opened() {
  const dataDir = dirs.make();
  const { db, file } = openDatabase(dataDir, () => new Date(T0));
  databases.push(db);
  return { db, file, dataDir };
}

function seeded(db: DatabaseSyncInstance) {
  storeImport(
    db,
    [
      ...invoiceRows('Acme Supply', 'AC-1', ['INV-40', 'INV-41']),
      ...invoiceRows('Birch Dental', 'BD-2', ['INV-90']),
    ],
    {
      fileName: 'aging.csv',
      layout: 'mapped',
      asOf: '2026-11-01',
      isFull: true,
      at: T0,
      isCancelled: () => false,
      onProgress: () => undefined,
    },
  );
  const accountIdOf = (name: string) =>
    (db.prepare('SELECT id FROM accounts WHERE name = ?').get(name) as { id: number }).id;
  const acme = accountIdOf('Acme Supply');
  const birch = accountIdOf('Birch Dental');
  db.prepare(
    `INSERT INTO account_contacts (account_id, position, name, phone, phone_digits)
     VALUES (?, 0, 'Dana Reyes', '555-0101', '5550101')`,
  ).run(acme);
  const calls = createCallRepository(db, () => T0);
  const followUps = createFollowUpRepository(db);
  function ended(id: string, accountId: number, overrides: Partial<Call> = {}): Call {
    const startedAt = overrides.startedAt ?? localInstant(CALL_DAY);
    const call = buildCall({
      id,
      accountId,
      customer: accountId === acme ? 'Acme Supply' : 'Birch Dental',
      accountNumber: accountId === acme ? 'AC-1' : 'BD-2',
      startedAt,
      endedAt: startedAt + 120_000,
      ...overrides,
    });
    calls.insert(call);
    followUps.recordCall(call, defaultArPlaybook, null, call.endedAt!);
    return call;
  }
  function open(id: string, accountId: number): Call {
    const call = buildCall({ id, accountId, startedAt: localInstant(CALL_DAY, 11) });
    calls.insert(call);
    return call;
  }
  return { acme, birch, ended, open };
}

const countOf = (db: DatabaseSyncInstance, sql: string, ...parameters: (string | number)[]) =>
  (db.prepare(sql).get(...parameters) as { n: number }).n;

function searchHits(db: DatabaseSyncInstance, word: string): number {
  return countOf(db, 'SELECT count(*) AS n FROM calls_search WHERE calls_search MATCH ?', word);
}

/** The words the calls index still holds, read from its segments rather than the calls table. */
function indexedTerms(db: DatabaseSyncInstance, index: string): string[] {
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${index}_vocab USING fts5vocab(main, ${index}, 'row')`,
  );
  return (db.prepare(`SELECT term FROM temp.${index}_vocab`).all() as { term: string }[]).map(
    (row) => row.term,
  );
}

describe('deletion repository', () => {
  it('counts what deleting an ended call removes', () => {
    const { db } = opened();
    const { acme, ended } = seeded(db);
    ended('promise', acme, promiseCall);

    expect(createDeletionRepository(db).countCall('promise')).toEqual({
      calls: 1,
      promises: 1,
      followUps: 2,
      contacts: 0,
      invoices: 0,
      invoiceEvents: 0,
    });
  });

  it('deletes a call with its promise and follow-ups', () => {
    const { db } = opened();
    const { acme, ended } = seeded(db);
    ended('promise', acme, promiseCall);
    ended('other', acme, { startedAt: localInstant(CALL_DAY, 14), ...promiseCall });

    const deletion = createDeletionRepository(db).deleteCall('promise');

    expect(deletion.counts).toMatchObject({ calls: 1, promises: 1, followUps: 2 });
    expect(countOf(db, "SELECT count(*) AS n FROM calls WHERE id = 'promise'")).toBe(0);
    expect(countOf(db, "SELECT count(*) AS n FROM promises WHERE call_id = 'promise'")).toBe(0);
    expect(countOf(db, "SELECT count(*) AS n FROM follow_ups WHERE call_id = 'promise'")).toBe(0);
    expect(countOf(db, "SELECT count(*) AS n FROM follow_ups WHERE call_id = 'other'")).toBe(2);
  });

  it('removes a deleted call from search, down to the index’s words', () => {
    const { db } = opened();
    const { acme, ended } = seeded(db);
    ended('gone', acme, { notes: 'Talked about the wobblefrond shipment' });
    ended('kept', acme, {
      notes: 'Talked about the pallets',
      startedAt: localInstant(CALL_DAY, 15),
    });
    expect(searchHits(db, 'wobblefrond')).toBe(1);

    createDeletionRepository(db).deleteCall('gone');

    expect(searchHits(db, 'wobblefrond')).toBe(0);
    expect(searchHits(db, 'pallets')).toBe(1);
    expect(indexedTerms(db, 'calls_search')).not.toContain('wobblefrond');
    expect(
      countOf(
        db,
        "INSERT INTO calls_search (calls_search) VALUES ('integrity-check') RETURNING 0 AS n",
      ),
    ).toBe(0);
  });

  it('refuses to delete a call still in progress and keeps it', () => {
    const { db } = opened();
    const { acme, open } = seeded(db);
    open('live', acme);
    const deletions = createDeletionRepository(db);

    expect(deletions.countCall('live').calls).toBe(0);
    expect(() => deletions.deleteCall('live')).toThrow(/in progress/);
    expect(countOf(db, "SELECT count(*) AS n FROM calls WHERE id = 'live'")).toBe(1);
  });

  it('deletes nothing for a call that does not exist', () => {
    const { db } = opened();
    seeded(db);

    expect(createDeletionRepository(db).deleteCall('nobody').counts.calls).toBe(0);
  });

  it('counts an account with its calls, contacts, invoices and their changes', () => {
    const { db } = opened();
    const { acme, ended } = seeded(db);
    ended('promise', acme, promiseCall);
    ended('second', acme, { startedAt: localInstant(CALL_DAY, 15) });

    expect(createDeletionRepository(db).countAccount(acme)).toEqual({
      name: 'Acme Supply',
      counts: {
        calls: 2,
        promises: 1,
        followUps: 2,
        contacts: 1,
        invoices: 2,
        invoiceEvents: 2,
      },
    });
  });

  it('has no count for an account that does not exist', () => {
    const { db } = opened();
    seeded(db);

    expect(createDeletionRepository(db).countAccount(9_999)).toBeNull();
  });

  it('deletes an account with everything on it and leaves other accounts as they were', () => {
    const { db } = opened();
    const { acme, birch, ended } = seeded(db);
    ended('acme-1', acme, { ...promiseCall, notes: 'acme notes' });
    ended('acme-2', acme, { startedAt: localInstant(CALL_DAY, 15) });
    ended('birch-1', birch, { ...promiseCall, notes: 'birch notes' });
    const birchBefore = createDeletionRepository(db).countAccount(birch);

    const deletion = createDeletionRepository(db).deleteAccount(acme);

    expect(deletion.counts).toMatchObject({ calls: 2, invoices: 2, contacts: 1 });
    for (const table of ['calls', 'invoices', 'account_contacts', 'promises', 'follow_ups']) {
      expect(countOf(db, `SELECT count(*) AS n FROM ${table} WHERE account_id = ?`, acme)).toBe(0);
    }
    expect(countOf(db, 'SELECT count(*) AS n FROM accounts WHERE id = ?', acme)).toBe(0);
    expect(
      countOf(
        db,
        'SELECT count(*) AS n FROM invoice_events WHERE invoice_id NOT IN (SELECT id FROM invoices)',
      ),
    ).toBe(0);
    expect(createDeletionRepository(db).countAccount(birch)).toEqual(birchBefore);
    expect(searchHits(db, 'acme')).toBe(0);
    expect(searchHits(db, 'birch')).toBe(1);
    expect(indexedTerms(db, 'account_search')).not.toContain('acme');
    expect(indexedTerms(db, 'invoice_search')).not.toContain('40');
    expect(indexedTerms(db, 'contact_search')).not.toContain('dana');
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuses to delete an account while one of its calls is in progress', () => {
    const { db } = opened();
    const { acme, ended, open } = seeded(db);
    ended('done', acme);
    open('live', acme);

    expect(() => createDeletionRepository(db).deleteAccount(acme)).toThrow(/in progress/);
    expect(countOf(db, 'SELECT count(*) AS n FROM calls WHERE account_id = ?', acme)).toBe(2);
  });

  it('deletes the calls that ended before the cutoff and keeps later and open ones', () => {
    const { db } = opened();
    const { acme, birch, ended, open } = seeded(db);
    ended('old-acme', acme, { ...promiseCall, startedAt: localInstant('2026-04-30', 23, 50) });
    ended('old-birch', birch, { startedAt: localInstant('2026-03-01') });
    ended('recent', acme, { startedAt: localInstant('2026-05-01', 0, 10) });
    open('live', birch);
    const cutoff = localInstant('2026-05-01', 0, 0);
    const deletions = createDeletionRepository(db);

    expect(deletions.countEndedBefore(cutoff)).toMatchObject({ calls: 2, promises: 1 });
    const deletion = deletions.deleteEndedBefore(cutoff);

    expect(deletion.counts).toMatchObject({ calls: 2, promises: 1, followUps: 2 });
    const left = (db.prepare('SELECT id FROM calls ORDER BY id').all() as { id: string }[]).map(
      (row) => row.id,
    );
    expect(left).toEqual(['live', 'recent']);
    // The accounts stay: retention ages out calls, not what the reports say is owed.
    expect(countOf(db, 'SELECT count(*) AS n FROM accounts')).toBe(2);
  });

  it('empties the WAL after deleting when nothing else is reading', () => {
    const { db, file } = opened();
    const { acme, ended } = seeded(db);
    ended('gone', acme);

    expect(createDeletionRepository(db).deleteCall('gone').isWalEmptied).toBe(true);
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
  });
});

describe('deletion repository on disk', () => {
  // Lower case, as the search index keeps its words, and as written in the notes.
  const MARKER = 'qzvmarker7731secret';

  function bytesOf(file: string): Buffer {
    return fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
  }

  function isMarkerIn(file: string): boolean {
    return bytesOf(file).includes(Buffer.from(MARKER, 'utf8'));
  }

  function writeAndDelete(db: DatabaseSyncInstance, file: string) {
    const { acme, ended } = seeded(db);
    // Calls around it, so the pages that held it are shared with rows that stay.
    for (let index = 0; index < 30; index += 1) {
      ended(`before-${index}`, acme, {
        startedAt: localInstant('2026-10-01', 9) + index * 60_000,
        notes: `Routine call ${index} about the pallets`,
      });
    }
    ended('secret', acme, { ...promiseCall, notes: `Caller said ${MARKER} twice` });
    // Autosaves as the caller went on typing: each leaves an older version in the search index.
    const edit = db.prepare("UPDATE calls SET notes = ? WHERE id = 'secret'");
    for (let draft = 0; draft < 5; draft += 1) {
      edit.run(`Caller said ${MARKER} twice, draft ${draft} of the pallets note`);
    }
    expect(isMarkerIn(file) || isMarkerIn(`${file}-wal`)).toBe(true);
    createDeletionRepository(db).deleteCall('secret');
  }

  it('leaves no copy of a deleted call’s notes in the database file or its WAL', () => {
    const { db, file } = opened();
    writeAndDelete(db, file);
    closeDatabase(db);

    expect(path.basename(file)).toBe(DATABASE_FILE_NAME);
    expect(isMarkerIn(file)).toBe(false);
    expect(isMarkerIn(`${file}-wal`)).toBe(false);
  });

  it('leaves no copy in the WAL while the connection is still open', () => {
    const { db, file } = opened();
    writeAndDelete(db, file);

    expect(isMarkerIn(`${file}-wal`)).toBe(false);
    expect(isMarkerIn(file)).toBe(false);
  });

  it('leaves no copy on a connection opened without secure_delete, as a worker opens it', () => {
    const { db: mainDb, file } = opened();
    closeDatabase(mainDb);
    const worker = new DatabaseSync(file);
    databases.push(worker);
    worker.exec('PRAGMA foreign_keys = ON');
    writeAndDelete(worker, file);
    worker.close();

    expect(isMarkerIn(file)).toBe(false);
    expect(isMarkerIn(`${file}-wal`)).toBe(false);
  });
});
