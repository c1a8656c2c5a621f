import {
  isRedFlag,
  isRedFlagCurrent,
  promiseKeepingRate,
  promiseStatus,
  stillOpenNumbers,
  type PromiseStatus,
} from '../../../shared/domain/promises';
import { localDate } from '../../../shared/domain/calendar';
import { buildInvoice, buildPromise } from '../../support/account-builders';
import { inTimeZone } from '../../support/time-zone';

/** The promise in these tests: $1,250.00 by Friday 20 November 2026, covering INV-0042. */
const PAY_BY = '2026-11-20';
const BEFORE = '2026-11-19';
const DAY_AFTER = '2026-11-21';

const promise = buildPromise({ payBy: PAY_BY });
const open = buildInvoice();
/** Closed by a report dated `date`, after one the day before that still listed it open. */
const closedOn = (date: string) =>
  buildInvoice({ closedOn: date, seenOn: addDays(date, -1), openCents: 0 });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const kindOn = (today: string, invoices = [open], covering = promise) =>
  promiseStatus(covering, invoices, today).kind;

describe('promiseStatus', () => {
  it('is pending before its date while the invoice is open', () => {
    expect(kindOn(BEFORE)).toBe('pending');
  });

  it('is still pending on its date: it runs to the end of the day', () => {
    expect(kindOn(PAY_BY)).toBe('pending');
  });

  it('turns on the caller’s own midnight, wherever they are', () => {
    // 03:00 UTC on Saturday 21 November: still Friday evening in California, Saturday in Berlin.
    const instant = Date.UTC(2026, 10, 21, 3);
    const onTheirDay = (timeZone: string) => inTimeZone(timeZone, () => kindOn(localDate(instant)));

    expect(onTheirDay('America/Los_Angeles')).toBe('pending');
    expect(onTheirDay('Europe/Berlin')).toBe('broken');
    expect(onTheirDay('Pacific/Auckland')).toBe('broken');
  });

  it('is broken the day after its date when nothing was paid', () => {
    expect(promiseStatus(promise, [open], DAY_AFTER)).toEqual({
      kind: 'broken',
      paidNumbers: [],
      unpaidNumbers: ['INV-0042'],
      unknownNumbers: [],
    });
  });

  it('is kept before its date once the invoice is closed', () => {
    expect(kindOn(BEFORE, [closedOn('2026-11-18')])).toBe('kept');
  });

  it('is kept after its date when the invoice closed on the date', () => {
    expect(kindOn('2026-12-15', [closedOn(PAY_BY)])).toBe('kept');
  });

  it('counts an invoice showing nothing open as paid when no close date is known', () => {
    expect(kindOn(DAY_AFTER, [buildInvoice({ openCents: 0 })])).toBe('kept');
  });

  it('counts an invoice turned into a credit as paid', () => {
    expect(kindOn(DAY_AFTER, [buildInvoice({ openCents: -500 })])).toBe('kept');
  });

  it('is pending before its date when the invoice is only partly paid', () => {
    expect(kindOn(PAY_BY, [buildInvoice({ openCents: 50_000 })])).toBe('pending');
  });

  it('is broken after its date when the invoice is only partly paid', () => {
    expect(kindOn(DAY_AFTER, [buildInvoice({ openCents: 50_000 })])).toBe('broken');
  });

  it('gives the benefit of the doubt when no report after the date still listed the invoice', () => {
    const paidBetweenReports = buildInvoice({ closedOn: '2026-11-27', seenOn: '2026-11-13' });

    expect(kindOn('2026-11-30', [paidBetweenReports])).toBe('kept');
  });

  it('stays broken when the invoice closed after the date', () => {
    expect(promiseStatus(promise, [closedOn('2026-11-24')], '2026-11-30')).toEqual({
      kind: 'broken',
      paidNumbers: [],
      unpaidNumbers: ['INV-0042'],
      unknownNumbers: [],
    });
  });

  describe('covering two invoices', () => {
    const covering = buildPromise({ payBy: PAY_BY, invoiceNumbers: ['INV-1', 'INV-2'] });
    const invoices = [
      buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-19' }),
      buildInvoice({ id: 2, number: 'INV-2' }),
    ];

    it('is pending on its date with one of them paid', () => {
      expect(kindOn(PAY_BY, invoices, covering)).toBe('pending');
    });

    it('is partly kept after its date with one of them paid', () => {
      expect(promiseStatus(covering, invoices, DAY_AFTER)).toEqual({
        kind: 'partly-kept',
        paidNumbers: ['INV-1'],
        unpaidNumbers: ['INV-2'],
        unknownNumbers: [],
      });
    });

    it('is kept with both paid by the date', () => {
      const paid = [
        ...invoices.slice(0, 1),
        buildInvoice({ id: 2, number: 'INV-2', openCents: 0 }),
      ];
      expect(kindOn(DAY_AFTER, paid, covering)).toBe('kept');
    });
  });

  it('ignores covered numbers the account has no invoice for when others are found', () => {
    const covering = buildPromise({ payBy: PAY_BY, invoiceNumbers: ['INV-0042', 'INV-404'] });
    expect(promiseStatus(covering, [closedOn('2026-11-20')], DAY_AFTER)).toEqual({
      kind: 'kept',
      paidNumbers: ['INV-0042'],
      unpaidNumbers: [],
      unknownNumbers: ['INV-404'],
    });
  });

  it('is pending until its date when none of its invoices is found', () => {
    const covering = buildPromise({ payBy: PAY_BY, invoiceNumbers: ['INV-404'] });
    expect(kindOn(PAY_BY, [open], covering)).toBe('pending');
  });

  it('is unverifiable after its date when none of its invoices is found', () => {
    const covering = buildPromise({ payBy: PAY_BY, invoiceNumbers: ['INV-404'] });
    expect(promiseStatus(covering, [open], DAY_AFTER)).toEqual({
      kind: 'unverifiable',
      paidNumbers: [],
      unpaidNumbers: [],
      unknownNumbers: ['INV-404'],
    });
  });

  it('is unverifiable after its date when it names no invoice at all', () => {
    expect(kindOn(DAY_AFTER, [open], buildPromise({ invoiceNumbers: [] }))).toBe('unverifiable');
  });

  it('matches invoice numbers ignoring case and outer spaces', () => {
    const covering = buildPromise({ invoiceNumbers: [' inv-0042 '] });
    expect(kindOn(DAY_AFTER, [open], covering)).toBe('broken');
  });

  it('needs every invoice listed under one number paid', () => {
    const twoJobs = [
      buildInvoice({ id: 1, job: 'North', closedOn: '2026-11-18' }),
      buildInvoice({ id: 2, job: 'South' }),
    ];
    expect(kindOn(DAY_AFTER, twoJobs)).toBe('broken');
  });
});

describe('isRedFlag', () => {
  const status = (kind: PromiseStatus['kind']): PromiseStatus => ({
    kind,
    paidNumbers: [],
    unpaidNumbers: [],
    unknownNumbers: [],
  });

  it.each([
    ['broken', true],
    ['partly-kept', true],
    ['pending', false],
    ['kept', false],
    ['unverifiable', false],
  ] as const)('says %s is a red flag: %s', (kind, isFlag) => {
    expect(isRedFlag(status(kind))).toBe(isFlag);
  });
});

describe('stillOpenNumbers', () => {
  it('lists the unpaid invoices still owing, not those paid late', () => {
    const covering = buildPromise({ invoiceNumbers: ['INV-1', 'INV-2'] });
    const invoices = [
      buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-25' }),
      buildInvoice({ id: 2, number: 'INV-2' }),
    ];
    const status = promiseStatus(covering, invoices, '2026-11-30');
    expect(stillOpenNumbers(status, invoices)).toEqual(['INV-2']);
  });
});

describe('isRedFlagCurrent', () => {
  const current = (invoices: Parameters<typeof promiseStatus>[1], today: string) =>
    isRedFlagCurrent(promise, promiseStatus(promise, invoices, today), invoices, today);

  it('holds for a broken promise whose invoice is still open, however old', () => {
    expect(current([open], '2027-11-20')).toBe(true);
  });

  it('holds for 90 days after its date once paid late', () => {
    expect(current([closedOn('2026-11-30')], '2027-02-18')).toBe(true);
  });

  it('stops holding after 90 days once paid late', () => {
    expect(current([closedOn('2026-11-30')], '2027-02-19')).toBe(false);
  });

  it('does not hold for a pending promise', () => {
    expect(current([open], PAY_BY)).toBe(false);
  });
});

describe('promiseKeepingRate', () => {
  const invoices = [
    buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-10-10' }),
    buildInvoice({ id: 2, number: 'INV-2' }),
    buildInvoice({ id: 3, number: 'INV-3' }),
  ];
  const kept = buildPromise({ payBy: '2026-10-15', invoiceNumbers: ['INV-1'] });
  const broken = buildPromise({ payBy: '2026-11-01', invoiceNumbers: ['INV-2'] });
  const pending = buildPromise({ payBy: '2026-11-30', invoiceNumbers: ['INV-3'] });
  const unknown = buildPromise({ payBy: '2026-11-01', invoiceNumbers: ['INV-404'] });

  it('counts the kept ones among those past their date', () => {
    expect(promiseKeepingRate([kept, broken, pending], invoices, '2026-11-23')).toEqual({
      kept: 1,
      due: 2,
    });
  });

  it('leaves out promises it cannot verify', () => {
    expect(promiseKeepingRate([kept, unknown], invoices, '2026-11-23')).toEqual({
      kept: 1,
      due: 1,
    });
  });

  it('is null when no promise is past its date', () => {
    expect(promiseKeepingRate([pending], invoices, '2026-11-23')).toBeNull();
  });

  it('is null when the only promises past their date cannot be verified', () => {
    expect(promiseKeepingRate([unknown, pending], invoices, '2026-11-23')).toBeNull();
  });

  it('is null with no promises', () => {
    expect(promiseKeepingRate([], invoices, '2026-11-23')).toBeNull();
  });
});
