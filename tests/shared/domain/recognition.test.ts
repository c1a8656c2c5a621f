import type { Invoice } from '../../../shared/domain/accounts';
import { accountFacts, recognitionFrom } from '../../../shared/domain/recognition';
import {
  buildAccount,
  buildAccountFile,
  buildDispute,
  buildInvoice,
  buildPaidInvoice,
  buildPromise,
} from '../../support/account-builders';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

/** An account with no history but the year it became a customer. */
const since = (customerSince: string) =>
  buildAccountFile({ account: buildAccount({ customerSince }) });
const quiet = since('');

/** Invoices due on the 15th of Aug, Sep and Oct 2026, each paid by its due date. */
const threePaidOnTime: Invoice[] = [
  buildPaidInvoice('INV-8', '2026-08-15', '2026-08-14', { id: 8 }),
  buildPaidInvoice('INV-9', '2026-09-15', '2026-09-15', { id: 9 }),
  buildPaidInvoice('INV-10', '2026-10-15', '2026-10-12', { id: 10 }),
];

const ids = (file: Parameters<typeof recognitionFrom>[0]) =>
  recognitionFrom(file, TODAY).map((recognition) => recognition.id);

describe('recognitionFrom', () => {
  it('says nothing about an account with no history', () => {
    expect(recognitionFrom(quiet, TODAY)).toEqual([]);
  });

  describe('customer since', () => {
    it('thanks a customer of many years, naming the year', () => {
      expect(recognitionFrom(since('2014'), TODAY)).toEqual([
        {
          id: 'customer-since',
          text: "You've been doing business with us since 2014. Thank you for sticking with us all this time.",
        },
      ]);
    });

    it('counts a customer from two years before this one', () => {
      expect(ids(since('2024'))).toEqual(['customer-since']);
    });

    it.each(['', '2025', '2026', '2027', 'a long time', '14'])(
      'says nothing for customer since %j',
      (year) => {
        expect(recognitionFrom(since(year), TODAY)).toEqual([]);
      },
    );
  });

  describe('paid on time', () => {
    const file = (invoices: Invoice[], overrides = {}) =>
      buildAccountFile({ account: buildAccount({ customerSince: '' }), invoices, ...overrides });

    it('counts the run of recent invoices paid by their due date', () => {
      expect(recognitionFrom(file(threePaidOnTime), TODAY)).toEqual([
        {
          id: 'paid-on-time',
          text: 'The last three invoices you paid were all settled on time, and we really appreciate that.',
        },
      ]);
    });

    it('says nothing with fewer than three on time', () => {
      expect(ids(file(threePaidOnTime.slice(1)))).toEqual([]);
    });

    it('says nothing when no invoice was ever closed', () => {
      expect(
        ids(file([buildInvoice({ id: 1 }), buildInvoice({ id: 2, number: 'INV-2' })])),
      ).toEqual([]);
    });

    it('stops counting at the most recent late one', () => {
      const late = buildPaidInvoice('INV-11', '2026-11-01', '2026-11-05', { id: 11 });
      expect(ids(file([...threePaidOnTime, late]))).toEqual([]);
    });

    it('counts only the invoices after the last late one', () => {
      const late = buildPaidInvoice('INV-7', '2026-07-15', '2026-07-30', { id: 7 });
      const newer = buildPaidInvoice('INV-11', '2026-11-15', '2026-11-10', { id: 11 });
      const text = recognitionFrom(file([late, ...threePaidOnTime, newer]), TODAY)[0]?.text;
      expect(text).toContain('last four invoices');
    });

    it('is not stopped by an undated invoice closed before the run', () => {
      const undated = buildPaidInvoice('INV-X', '2026-01-01', '2026-03-20', {
        id: 20,
        dueOn: null,
      });
      expect(ids(file([...threePaidOnTime, undated]))).toEqual(['paid-on-time']);
    });

    it('stops at a paid invoice whose due date is unknown', () => {
      const undated = buildPaidInvoice('INV-X', '2026-01-01', '2026-10-20', {
        id: 20,
        dueOn: null,
      });
      expect(ids(file([...threePaidOnTime, undated]))).toEqual([]);
    });

    it('leaves closed credits out of the count', () => {
      const credit = buildPaidInvoice('CM-1', '2026-11-01', '2026-11-20', {
        id: 30,
        amountCents: -5_000,
        openCents: -5_000,
      });
      expect(ids(file([...threePaidOnTime, credit]))).toEqual(['paid-on-time']);
    });

    it('still says it while an invoice is more than 30 days overdue', () => {
      const overdue = buildInvoice({ id: 40, number: 'INV-40', dueOn: '2026-09-01' });
      expect(ids(file([...threePaidOnTime, overdue]))).toEqual(['paid-on-time']);
    });

    it('says nothing with a promise broken in the last 90 days', () => {
      const overdue = buildInvoice({ id: 40, number: 'INV-40', dueOn: '2026-09-01' });
      const broken = buildPromise({ payBy: '2026-08-25', invoiceNumbers: ['INV-40'] });
      expect(ids(file([...threePaidOnTime, overdue], { promises: [broken] }))).toEqual([]);
    });

    it('says it again once the broken promise is more than 90 days old', () => {
      const overdue = buildInvoice({ id: 40, number: 'INV-40', dueOn: '2026-08-01' });
      const broken = buildPromise({ payBy: '2026-08-24', invoiceNumbers: ['INV-40'] });
      expect(ids(file([...threePaidOnTime, overdue], { promises: [broken] }))).toEqual([
        'paid-on-time',
      ]);
    });

    it('is not stopped by a promise still pending', () => {
      const overdue = buildInvoice({ id: 40, number: 'INV-40', dueOn: '2026-09-01' });
      const pending = buildPromise({ payBy: TODAY, invoiceNumbers: ['INV-40'] });
      expect(ids(file([...threePaidOnTime, overdue], { promises: [pending] }))).toEqual([
        'paid-on-time',
      ]);
    });
  });

  describe('dispute resolved', () => {
    const withDisputes = (...disputes: ReturnType<typeof buildDispute>[]) =>
      buildAccountFile({ account: buildAccount({ customerSince: '' }), disputes });

    it('thanks them for a dispute settled within 14 days, by the month it was raised', () => {
      const dispute = buildDispute({ openedOn: '2026-03-02', resolvedOn: '2026-03-16' });
      expect(recognitionFrom(withDisputes(dispute), TODAY)).toEqual([
        {
          id: 'dispute-resolved',
          text: 'Thank you again for helping us settle the March dispute so quickly.',
        },
      ]);
    });

    it('adds the year when the dispute was raised last year', () => {
      const dispute = buildDispute({
        openedOn: '2025-12-28',
        resolvedOn: '2026-01-05',
        status: 'resolved',
      });
      expect(recognitionFrom(withDisputes(dispute), TODAY)[0]?.text).toContain(
        'the December 2025 dispute',
      );
    });

    it('says nothing for a dispute that took longer than 14 days', () => {
      const dispute = buildDispute({ openedOn: '2026-03-02', resolvedOn: '2026-03-17' });
      expect(ids(withDisputes(dispute))).toEqual([]);
    });

    it('says nothing for a dispute settled more than 12 months ago', () => {
      const dispute = buildDispute({ openedOn: '2025-11-10', resolvedOn: '2025-11-22' });
      expect(ids(withDisputes(dispute))).toEqual([]);
    });

    it('says nothing for a dispute still open', () => {
      expect(ids(withDisputes(buildDispute()))).toEqual([]);
    });

    it('names the most recently settled one', () => {
      const march = buildDispute({ openedOn: '2026-03-02', resolvedOn: '2026-03-05' });
      const june = buildDispute({ openedOn: '2026-06-10', resolvedOn: '2026-06-12' });
      expect(recognitionFrom(withDisputes(june, march), TODAY)[0]?.text).toContain('June');
    });
  });

  describe('promises kept', () => {
    const invoices = [
      buildPaidInvoice('INV-1', '2026-09-01', '2026-09-20', { id: 1 }),
      buildPaidInvoice('INV-2', '2026-10-01', '2026-10-20', { id: 2 }),
      buildInvoice({ id: 3, number: 'INV-3' }),
    ];
    const keptOne = buildPromise({ payBy: '2026-09-25', invoiceNumbers: ['INV-1'] });
    const keptTwo = buildPromise({ payBy: '2026-10-25', invoiceNumbers: ['INV-2'] });
    const file = (...promises: ReturnType<typeof buildPromise>[]) =>
      buildAccountFile({ account: buildAccount({ customerSince: '' }), invoices, promises });

    it('thanks them when at least two promises came due and all were kept', () => {
      expect(recognitionFrom(file(keptOne, keptTwo), TODAY)).toEqual([
        {
          id: 'promises-kept',
          text: 'Every payment you have promised us so far has come in as agreed. Thank you for that.',
        },
      ]);
    });

    it('says nothing after a single kept promise', () => {
      expect(ids(file(keptOne))).toEqual([]);
    });

    it('says nothing when one of them was broken', () => {
      const broken = buildPromise({ payBy: '2026-11-10', invoiceNumbers: ['INV-3'] });
      expect(ids(file(keptOne, keptTwo, broken))).toEqual([]);
    });

    it('says nothing when one of them cannot be checked', () => {
      const unknown = buildPromise({ payBy: '2026-11-10', invoiceNumbers: ['INV-404'] });
      expect(ids(file(keptOne, keptTwo, unknown))).toEqual([]);
    });

    it('is not stopped by a promise still pending', () => {
      const pending = buildPromise({ payBy: '2026-11-30', invoiceNumbers: ['INV-3'] });
      expect(ids(file(keptOne, keptTwo, pending))).toEqual(['promises-kept']);
    });
  });

  it('lists the most specific recognition first', () => {
    const file = buildAccountFile({
      account: buildAccount({ customerSince: '2014' }),
      invoices: threePaidOnTime,
      promises: [
        buildPromise({ payBy: '2026-09-15', invoiceNumbers: ['INV-9'] }),
        buildPromise({ payBy: '2026-10-15', invoiceNumbers: ['INV-10'] }),
      ],
      disputes: [buildDispute({ openedOn: '2026-10-01', resolvedOn: '2026-10-03' })],
    });
    expect(ids(file)).toEqual([
      'dispute-resolved',
      'paid-on-time',
      'promises-kept',
      'customer-since',
    ]);
  });
});

describe('accountFacts', () => {
  it('holds no facts for an account with no history', () => {
    expect(accountFacts(quiet, TODAY)).toEqual({ paysOnTime: false, earlierPromise: false });
  });

  it('holds paysOnTime when the paid-on-time recognition does', () => {
    const file = buildAccountFile({ invoices: threePaidOnTime });
    expect(accountFacts(file, TODAY).paysOnTime).toBe(true);
  });

  it('holds earlierPromise for a promise still pending', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice()],
      promises: [buildPromise({ payBy: '2026-11-27' })],
    });
    expect(accountFacts(file, TODAY).earlierPromise).toBe(true);
  });

  it('holds earlierPromise for a broken promise whose invoice is still open', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice()],
      promises: [buildPromise({ payBy: '2026-05-01' })],
    });
    expect(accountFacts(file, TODAY).earlierPromise).toBe(true);
  });

  it('holds earlierPromise for a partly kept promise', () => {
    const file = buildAccountFile({
      invoices: [
        buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-01' }),
        buildInvoice({ id: 2, number: 'INV-2' }),
      ],
      promises: [buildPromise({ payBy: '2026-11-10', invoiceNumbers: ['INV-1', 'INV-2'] })],
    });
    expect(accountFacts(file, TODAY).earlierPromise).toBe(true);
  });

  it('does not hold earlierPromise for a kept promise', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice({ closedOn: '2026-11-18' })],
      promises: [buildPromise({ payBy: '2026-11-20' })],
    });
    expect(accountFacts(file, TODAY).earlierPromise).toBe(false);
  });

  it('does not hold earlierPromise for a broken promise paid late long ago', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice({ closedOn: '2026-03-10' })],
      promises: [buildPromise({ payBy: '2026-03-01' })],
    });
    expect(accountFacts(file, TODAY).earlierPromise).toBe(false);
  });
});
