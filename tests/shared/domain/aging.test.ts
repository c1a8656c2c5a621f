import { addDays, format, parseISO } from 'date-fns';
import { accountBalance, agingBucketOf, daysPastDueOn } from '../../../shared/domain/aging';
import { buildInvoice } from '../../support/account-builders';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

const daysBefore = (days: number) => format(addDays(parseISO(TODAY), -days), 'yyyy-MM-dd');

describe('daysPastDueOn', () => {
  it('is null when the due date is unknown', () => {
    expect(daysPastDueOn(null, TODAY)).toBeNull();
  });

  it('is null on the due date itself', () => {
    expect(daysPastDueOn(TODAY, TODAY)).toBeNull();
  });

  it('is null before the due date', () => {
    expect(daysPastDueOn('2026-12-01', TODAY)).toBeNull();
  });

  it('is null for a due date that is not a real date', () => {
    expect(daysPastDueOn('2026-02-30', TODAY)).toBeNull();
  });

  it('counts calendar days across month ends', () => {
    expect(daysPastDueOn('2026-10-31', TODAY)).toBe(23);
  });
});

describe('agingBucketOf', () => {
  it.each([
    [null, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91+'],
    [400, '91+'],
  ] as const)('puts %j days past due in %s', (days, bucket) => {
    expect(agingBucketOf(days)).toBe(bucket);
  });

  it.each([
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91+'],
  ] as const)('puts an invoice due %i days before today in %s', (days, bucket) => {
    expect(agingBucketOf(daysPastDueOn(daysBefore(days), TODAY))).toBe(bucket);
  });
});

describe('accountBalance', () => {
  it('adds up the open invoices by bucket', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'A', dueOn: '2026-12-10', openCents: 10_000 }),
        buildInvoice({ id: 2, number: 'B', dueOn: daysBefore(10), openCents: 20_000 }),
        buildInvoice({ id: 3, number: 'C', dueOn: daysBefore(45), openCents: 30_000 }),
        buildInvoice({ id: 4, number: 'D', dueOn: daysBefore(75), openCents: 40_000 }),
        buildInvoice({ id: 5, number: 'E', dueOn: daysBefore(120), openCents: 50_000 }),
      ],
      TODAY,
    );
    expect(balance.openCents).toBe(150_000);
    expect(balance.overdueCents).toBe(140_000);
    expect(balance.buckets).toEqual({
      current: 10_000,
      '1-30': 20_000,
      '31-60': 30_000,
      '61-90': 40_000,
      '91+': 50_000,
    });
  });

  it('counts a credit in the open total and in its own bucket', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'INV-1', dueOn: daysBefore(40), openCents: 100_000 }),
        buildInvoice({ id: 2, number: 'CM-1', dueOn: daysBefore(40), openCents: -15_000 }),
        buildInvoice({ id: 3, number: 'CM-2', dueOn: null, openCents: -5_000 }),
      ],
      TODAY,
    );
    expect(balance.openCents).toBe(80_000);
    expect(balance.buckets['31-60']).toBe(85_000);
    expect(balance.buckets.current).toBe(-5_000);
    expect(balance.overdueCents).toBe(85_000);
  });

  it('leaves out closed invoices and those with nothing open', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'PAID', closedOn: '2026-11-01' }),
        buildInvoice({ id: 2, number: 'ZERO', openCents: 0 }),
        buildInvoice({ id: 3, number: 'OPEN', openCents: 7_500 }),
      ],
      TODAY,
    );
    expect(balance.openInvoices.map((invoice) => invoice.number)).toEqual(['OPEN']);
    expect(balance.openCents).toBe(7_500);
  });

  it('lists open invoices oldest due first, those without a due date last', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'NO-DATE', dueOn: null }),
        buildInvoice({ id: 2, number: 'NEW', dueOn: '2026-11-30' }),
        buildInvoice({ id: 3, number: 'OLD', dueOn: '2026-08-01' }),
        buildInvoice({ id: 4, number: 'MID', dueOn: '2026-10-01' }),
      ],
      TODAY,
    );
    expect(balance.openInvoices.map((invoice) => invoice.number)).toEqual([
      'OLD',
      'MID',
      'NEW',
      'NO-DATE',
    ]);
  });

  it('names the oldest open and oldest overdue invoices, never a credit', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'CM-1', dueOn: '2026-07-01', openCents: -1_000 }),
        buildInvoice({ id: 2, number: 'LATE', dueOn: '2026-09-01' }),
        buildInvoice({ id: 3, number: 'LATER', dueOn: '2026-10-01' }),
      ],
      TODAY,
    );
    expect(balance.oldestOpen?.number).toBe('LATE');
    expect(balance.oldestOverdue?.number).toBe('LATE');
  });

  it('has no oldest overdue invoice when nothing is late', () => {
    const balance = accountBalance([buildInvoice({ dueOn: TODAY })], TODAY);
    expect(balance.oldestOpen?.number).toBe('INV-0042');
    expect(balance.oldestOverdue).toBeNull();
    expect(balance.overdueCents).toBe(0);
  });

  it('is all zeros and nulls for an account with no invoices', () => {
    expect(accountBalance([], TODAY)).toEqual({
      openCents: 0,
      overdueCents: 0,
      buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '91+': 0 },
      openInvoices: [],
      oldestOpen: null,
      oldestOverdue: null,
      currency: '',
    });
  });

  it('gives the most common currency of the open invoices', () => {
    const balance = accountBalance(
      [
        buildInvoice({ id: 1, number: 'A', currency: 'eur' }),
        buildInvoice({ id: 2, number: 'B', currency: 'EUR' }),
        buildInvoice({ id: 3, number: 'C', currency: 'USD' }),
        buildInvoice({ id: 4, number: 'D', currency: '' }),
        buildInvoice({ id: 5, number: 'E', currency: 'USD', closedOn: '2026-01-01' }),
        buildInvoice({ id: 6, number: 'F', currency: 'USD', closedOn: '2026-01-01' }),
      ],
      TODAY,
    );
    expect(balance.currency).toBe('EUR');
  });

  it("falls back to the closed invoices' currency when none is open", () => {
    const balance = accountBalance(
      [buildInvoice({ currency: 'CAD', closedOn: '2026-01-01' })],
      TODAY,
    );
    expect(balance.currency).toBe('CAD');
  });

  it('gives no currency when no invoice says', () => {
    expect(accountBalance([buildInvoice({ currency: '' })], TODAY).currency).toBe('');
  });
});
