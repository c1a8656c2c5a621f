import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import { createFollowUpRepository } from '../../../../../electron/main/modules/follow-ups/follow-up-repository';
import { storeImport } from '../../../../../electron/main/modules/imports/import-store';
import { migrate } from '../../../../../electron/main/storage/migrations';
import type { ReportInvoice } from '../../../../../shared/domain/aging-report';
import type { Call } from '../../../../../shared/domain/call';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import { localInstant } from '../../../../support/account-builders';
import { buildCall, noAnswerClosing, T0 } from '../../../../support/builders';

const databases: DatabaseSyncInstance[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
});

const CALL_DAY = '2026-11-02';
const PAY_BY = '2026-11-06';

function report(asOf: string, invoices: readonly [string, number][]): void {
  const rows: ReportInvoice[] = invoices.map(([invoiceNumber, openCents], index) => ({
    line: index + 1,
    customer: 'Acme Supply',
    accountNumber: '',
    job: '',
    invoiceNumber,
    invoiceDate: null,
    dueOn: '2026-10-01',
    amountCents: openCents,
    openCents,
    currency: 'USD',
    terms: '',
  }));
  storeImport(db(), rows, {
    fileName: `aging-${asOf}.csv`,
    layout: 'mapped',
    asOf,
    isFull: true,
    at: T0,
    isCancelled: () => false,
    onProgress: () => undefined,
  });
}

let current: DatabaseSyncInstance | null = null;
const db = () => current!;

function seeded() {
  current = new DatabaseSync(':memory:');
  current.exec('PRAGMA foreign_keys = ON');
  migrate(current);
  databases.push(current);
  report('2026-11-01', [
    ['INV-40', 80_000],
    ['INV-41', 20_000],
  ]);
  const accountId = (
    current.prepare("SELECT id FROM accounts WHERE name = 'Acme Supply'").get() as {
      id: number;
    }
  ).id;
  const calls = createCallRepository(current, () => T0);
  const followUps = createFollowUpRepository(current);
  /** Stores an ended call on Acme and records its work, as ending the call does. */
  function ended(call: Partial<Call>, fromFollowUp: number | null = null): Call {
    const startedAt = call.startedAt ?? localInstant(CALL_DAY);
    const stored = buildCall({
      accountId,
      customer: 'Acme Supply',
      startedAt,
      endedAt: startedAt + 120_000,
      ...call,
    });
    calls.insert(stored);
    followUps.recordCall(stored, defaultArPlaybook, fromFollowUp, stored.endedAt!);
    return stored;
  }
  return { accountId, followUps, ended };
}

const promiseCall: Partial<Call> = {
  id: 'promise',
  captures: { 'promise-to-pay': { amount: '800.00', 'pay-on': PAY_BY, invoices: 'INV-40' } },
  closing: {
    outcomeId: 'promise-to-pay',
    outcomeLabel: 'Promise to pay',
    action: { what: 'Confirm the promised payment has arrived', dueOn: PAY_BY },
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

describe('follow-up repository', () => {
  it('lists what an ended call left, once however often it is recorded', () => {
    const { followUps, ended } = seeded();
    const call = ended(promiseCall);
    followUps.recordCall(call, defaultArPlaybook, null, T0);

    const [item, ...others] = followUps.open('2026-11-03');
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      accountId: call.accountId,
      customer: 'Acme Supply',
      callId: 'promise',
      kind: 'promise',
      what: 'Confirm the promised payment has arrived',
      who: 'You',
      dueOn: PAY_BY,
      amountCents: 80_000,
      overdueCents: 100_000,
      isBrokenPromise: false,
    });
  });

  it('marks a promise broken once a report after its date still lists the invoice', () => {
    const { followUps, ended, accountId } = seeded();
    ended(promiseCall);
    report('2026-11-09', [
      ['INV-40', 80_000],
      ['INV-41', 20_000],
    ]);

    followUps.refresh([accountId], '2026-11-06', T0);
    expect(followUps.open('2026-11-06')[0]?.isBrokenPromise).toBe(false);
    followUps.refresh(null, '2026-11-09', T0);
    expect(followUps.open('2026-11-09')[0]?.isBrokenPromise).toBe(true);
  });

  it('keeps a status the caller set by hand over what the reports show', () => {
    const { followUps, ended } = seeded();
    ended(promiseCall);
    report('2026-11-09', [['INV-40', 80_000]]);

    const status = () =>
      (
        db().prepare("SELECT status FROM promises WHERE call_id = 'promise'").get() as {
          status: string;
        }
      ).status;

    // The report after its date says broken; the caller knows it was paid.
    expect(followUps.markPromise('promise', 'kept', T0)).toBe(true);
    followUps.refresh(null, '2026-11-09', T0);
    expect(status()).toBe('kept');
    expect(followUps.markPromise('promise', 'broken', T0)).toBe(true);
    followUps.refresh(null, '2026-11-09', T0);
    expect(status()).toBe('broken');
    expect(followUps.markPromise('no-such-call', 'broken', T0)).toBe(false);
  });

  it('closes the promise’s follow-up when the caller marks it kept', () => {
    const { followUps, ended } = seeded();
    ended(promiseCall);
    const before = followUps.open('2026-11-06').filter((item) => item.kind === 'promise');
    expect(before).toHaveLength(1);

    expect(followUps.markPromise('promise', 'kept', T0)).toBe(true);

    expect(followUps.open('2026-11-06').filter((item) => item.kind === 'promise')).toEqual([]);
  });

  it('closes a follow-up once every invoice it is about is paid', () => {
    const { followUps, ended } = seeded();
    ended(promiseCall);
    // A full report without INV-40: it was paid.
    report('2026-11-05', [['INV-41', 20_000]]);

    followUps.refresh(null, '2026-11-05', T0);
    expect(followUps.open('2026-11-05')).toEqual([]);
  });

  it('closes the follow-ups due by the day of a later call on the account, not later ones', () => {
    const { followUps, ended } = seeded();
    ended({ id: 'first', closing: noAnswerClosing('2026-11-03') });
    ended({ id: 'second', closing: noAnswerClosing('2026-11-20') });
    ended({
      id: 'third',
      startedAt: localInstant('2026-11-04'),
      closing: noAnswerClosing('2026-11-05'),
    });

    expect(
      followUps
        .open('2026-11-04')
        .map((item) => item.callId)
        .sort(),
    ).toEqual(['second', 'third']);
  });

  it('closes the follow-up a call was started from, even before it was due', () => {
    const { followUps, ended } = seeded();
    ended({ id: 'first', closing: noAnswerClosing('2026-11-20') });
    const [item] = followUps.open(CALL_DAY);
    ended({ id: 'early', closing: null }, Number(item!.id));

    expect(followUps.open(CALL_DAY)).toEqual([]);
  });

  it('moves, closes and tells of a follow-up only while it is open', () => {
    const { followUps, ended } = seeded();
    ended({ id: 'first', closing: noAnswerClosing('2026-11-03') });
    const id = Number(followUps.open(CALL_DAY)[0]!.id);

    expect(followUps.moveTo(id, '2026-11-10')).toBe(true);
    expect(followUps.open(CALL_DAY)[0]?.dueOn).toBe('2026-11-10');
    followUps.markTold([id], T0);
    expect(followUps.close(id, 'done', T0)).toBe(true);
    expect(followUps.close(id, 'done', T0)).toBe(false);
    expect(followUps.moveTo(id, '2026-11-12')).toBe(false);
    expect(followUps.open(CALL_DAY)).toEqual([]);
  });
});
