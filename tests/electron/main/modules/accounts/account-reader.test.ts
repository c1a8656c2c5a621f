import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createAccountReader } from '../../../../../electron/main/modules/accounts/account-reader';
import { createAccountRepository } from '../../../../../electron/main/modules/accounts/account-repository';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import { storeImport } from '../../../../../electron/main/modules/imports/import-store';
import { migrate } from '../../../../../electron/main/storage/migrations';
import type { ReportInvoice } from '../../../../../shared/domain/aging-report';
import { localDate } from '../../../../../shared/domain/calendar';
import { buildCall, noAnswerClosing, T0 } from '../../../../support/builders';
import { createRecordingLogger } from '../../../../support/ipc-fakes';

const databases: DatabaseSyncInstance[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
});

const TODAY = '2026-11-30';

function invoice(
  customer: string,
  invoiceNumber: string,
  dueOn: string,
  openCents: number,
): ReportInvoice {
  return {
    line: 1,
    customer,
    accountNumber: '',
    job: '',
    invoiceNumber,
    invoiceDate: null,
    dueOn,
    amountCents: openCents,
    openCents,
    currency: 'USD',
    terms: '',
  };
}

/** Three imported accounts, one of them with a contact and a phone number. */
function seeded() {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  databases.push(db);
  storeImport(
    db,
    [
      invoice('Acme Supply', 'INV-0042', '2026-10-15', 125_000),
      invoice('Acme Supply', 'INV-0051', '2026-12-15', 40_000),
      invoice('Acme Tools', 'T-7', '2026-11-01', 9_900),
      invoice('Globex', '0099', '2026-09-01', 5_000),
    ],
    {
      fileName: 'aging.csv',
      layout: 'mapped',
      asOf: TODAY,
      isFull: true,
      at: T0,
      isCancelled: () => false,
      onProgress: () => undefined,
    },
  );
  db.prepare(
    `INSERT INTO account_contacts (account_id, position, name, phone, phone_digits)
     SELECT id, 0, 'Dana Reyes', '(555) 010-2030', '5550102030' FROM accounts WHERE name = 'Globex'`,
  ).run();
  const idOf = (name: string) =>
    (db.prepare('SELECT id FROM accounts WHERE name = ?').get(name) as { id: number }).id;
  return { db, reader: createAccountReader(db, createRecordingLogger()), idOf };
}

const names = (picks: readonly { name: string }[]) => picks.map((pick) => pick.name);

describe('account pick-list', () => {
  it('finds accounts by the first letters of a word in their name', () => {
    const { reader } = seeded();

    expect(names(reader.pick({ text: 'acm', today: TODAY })).sort()).toEqual([
      'Acme Supply',
      'Acme Tools',
    ]);
    expect(names(reader.pick({ text: 'sup', today: TODAY }))).toEqual(['Acme Supply']);
  });

  it('keeps the list while the next word has only its first letter', () => {
    const { reader } = seeded();

    expect(names(reader.pick({ text: 'acme s', today: TODAY })).sort()).toEqual([
      'Acme Supply',
      'Acme Tools',
    ]);
    expect(names(reader.pick({ text: 'acme su', today: TODAY }))).toEqual(['Acme Supply']);
  });

  it('finds an account by an invoice number, saying so', () => {
    const { reader } = seeded();

    expect(reader.pick({ text: '0099', today: TODAY })).toEqual([
      {
        id: expect.any(Number) as number,
        name: 'Globex',
        number: '',
        matched: 'Invoice 0099',
        openCents: 5_000,
        overdueCents: 5_000,
      },
    ]);
  });

  it('finds an account by a contact’s phone, typed as digits or as written', () => {
    const { reader } = seeded();

    for (const text of ['555010', '(555) 010-2', '5550102030']) {
      expect(reader.pick({ text, today: TODAY }), text).toMatchObject([
        { name: 'Globex', matched: 'Dana Reyes (555) 010-2030' },
      ]);
    }
  });

  it('finds an account by a contact’s name', () => {
    const { reader } = seeded();

    expect(reader.pick({ text: 'dana', today: TODAY })).toMatchObject([
      { name: 'Globex', matched: 'Dana Reyes' },
    ]);
  });

  it('gives each account’s open and overdue balance on the day asked', () => {
    const { reader } = seeded();

    expect(reader.pick({ text: 'acme supply', today: TODAY })).toMatchObject([
      { name: 'Acme Supply', openCents: 165_000, overdueCents: 125_000 },
    ]);
    expect(reader.pick({ text: 'acme supply', today: '2026-12-16' })).toMatchObject([
      { overdueCents: 165_000 },
    ]);
  });

  it('finds nothing for text that matches nothing, or only punctuation', () => {
    const { reader } = seeded();

    expect(reader.pick({ text: 'zzz', today: TODAY })).toEqual([]);
    expect(reader.pick({ text: '"*()', today: TODAY })).toEqual([]);
  });
});

describe('account file', () => {
  it('holds the account, its invoices and what its ended calls recorded', () => {
    const { db, reader, idOf } = seeded();
    const accountId = idOf('Acme Supply');
    const calls = createCallRepository(db, () => T0);
    const day = localDate(T0);
    calls.insert({
      ...buildCall({ id: 'earlier', accountId, invoice: 'INV-0042' }),
      endedAt: T0 + 60_000,
      captures: {
        'promise-to-pay': { amount: '1,250.00', 'pay-on': '2026-11-20', method: 'ach' },
      },
      closing: noAnswerClosing(day),
    });
    calls.insert(buildCall({ id: 'open-now', accountId, startedAt: T0 + 120_000 }));

    const file = reader.file(accountId)!;

    expect(file.account).toMatchObject({ name: 'Acme Supply', number: '' });
    expect(file.invoices.map((row) => [row.number, row.openCents, row.seenOn])).toEqual([
      ['INV-0042', 125_000, TODAY],
      ['INV-0051', 40_000, TODAY],
    ]);
    expect(file.promises).toEqual([
      {
        callId: 'earlier',
        madeOn: day,
        payBy: '2026-11-20',
        amountCents: 125_000,
        method: 'ACH',
        invoiceNumbers: ['INV-0042'],
      },
    ]);
    expect(file.lastContact).toMatchObject({ callId: 'earlier', on: day });
    expect(file.callCount).toBe(1);
  });

  it('is null for an account that does not exist', () => {
    const { reader } = seeded();

    expect(reader.file(404)).toBeNull();
  });

  it('knows the contacts a call added', () => {
    const { db, reader } = seeded();
    const account = createAccountRepository(db, () => T0).findOrCreate({
      name: 'Initech',
      number: 'IN-1',
      contact: 'Sam Okafor',
      customerSince: '2019',
    });

    expect(reader.file(account.id)!.account).toMatchObject({
      name: 'Initech',
      customerSince: '2019',
      contacts: [{ name: 'Sam Okafor', role: '', phone: '', email: '' }],
    });
  });
});

describe('account timeline', () => {
  it('lists calls, their promises and invoice changes, newest first', () => {
    const { db, reader, idOf } = seeded();
    const accountId = idOf('Acme Supply');
    const calls = createCallRepository(db, () => T0);
    const startedAt = new Date(2026, 11, 2, 9).getTime();
    calls.insert({
      ...buildCall({ id: 'promised', accountId, startedAt, invoice: 'INV-0042' }),
      endedAt: startedAt + 60_000,
      captures: { 'promise-to-pay': { amount: '1,250.00', 'pay-on': '2026-12-10' } },
      closing: noAnswerClosing('2026-12-03'),
    });

    const timeline = reader.timeline(accountId)!;

    expect(timeline.map((entry) => [entry.kind, entry.on])).toEqual([
      ['promise', '2026-12-02'],
      ['call', '2026-12-02'],
      ['invoice', TODAY],
      ['invoice', TODAY],
    ]);
    expect(timeline[1]).toMatchObject({
      callId: 'promised',
      outcomeLabel: 'No answer',
      situations: ['Promise to pay'],
    });
    expect(timeline.slice(2)).toEqual([
      { kind: 'invoice', on: TODAY, number: 'INV-0051', change: 'listed', openCents: 40_000 },
      { kind: 'invoice', on: TODAY, number: 'INV-0042', change: 'listed', openCents: 125_000 },
    ]);
  });

  it('is null for an account that does not exist', () => {
    expect(seeded().reader.timeline(404)).toBeNull();
  });
});
