import { planColumns } from '../../../../../../electron/main/modules/imports/aging-report/column-plan';
import {
  readInvoiceRow,
  splitCustomerJob,
  type InvoiceRowContext,
} from '../../../../../../electron/main/modules/imports/aging-report/invoice-row';

const HEADERS = [
  'Type',
  'Customer',
  'Account',
  'Num',
  'Date',
  'Due',
  'Amount',
  'Balance',
  'Currency',
  'Terms',
];

const context: InvoiceRowContext = {
  plan: planColumns([
    'transactionType',
    'customer',
    'accountNumber',
    'invoiceNumber',
    'invoiceDate',
    'dueDate',
    'amount',
    'openBalance',
    'currency',
    'terms',
  ]),
  headers: HEADERS,
  dateOrder: 'month-first',
  decimalMark: '.',
  today: '2026-12-01',
};

/** Xero-like: no customer column, periods added up into the balance. */
const periods: InvoiceRowContext = {
  ...context,
  plan: planColumns(['invoiceNumber', 'dueDate', 'bucket', 'bucket', 'bucket']),
  headers: ['Number', 'Due', 'Current', '1 Month', 'Older'],
  dateOrder: 'day-first',
};

describe('readInvoiceRow', () => {
  it('reads every column of an invoice line', () => {
    const cells = [
      'Invoice',
      'Oak Street Cafe',
      'C-17',
      '01042',
      '11/20/2026',
      '12/20/2026',
      '$1,250.00',
      '$1,000.00',
      'usd',
      'Net 30',
    ];

    expect(readInvoiceRow(7, cells, context, null)).toEqual({
      ok: true,
      invoice: {
        line: 7,
        customer: 'Oak Street Cafe',
        accountNumber: 'C-17',
        job: '',
        invoiceNumber: '01042',
        invoiceDate: '2026-11-20',
        dueOn: '2026-12-20',
        amountCents: 125000,
        openCents: 100000,
        currency: 'USD',
        terms: 'Net 30',
      },
    });
  });

  it('splits Customer:Job', () => {
    const cells = ['Invoice', 'Harbor View Dental:Suite 200', '', '00217', '', '', '', '4,200.00'];

    expect(readInvoiceRow(3, cells, context, null)).toMatchObject({
      ok: true,
      invoice: {
        customer: 'Harbor View Dental',
        job: 'Suite 200',
        invoiceDate: null,
        dueOn: null,
        amountCents: null,
        currency: '',
      },
    });
  });

  it('takes the customer of the group row above when the line names none', () => {
    const cells = ['Invoice', '', '', '1', '', '', '', '10.00'];

    expect(readInvoiceRow(3, cells, context, 'Fern & Fable Books')).toMatchObject({
      ok: true,
      invoice: { customer: 'Fern & Fable Books' },
    });
  });

  it.each(['Payment', 'Credit Memo', 'credit note', 'Payment Entry'])(
    'keeps a %s as a negative balance, whatever sign the report gives it',
    (type) => {
      const cells = [type, 'Oak Street Cafe', '', '5521', '', '', '200.00', '200.00'];

      expect(readInvoiceRow(9, cells, context, null)).toMatchObject({
        ok: true,
        invoice: { amountCents: -20000, openCents: -20000 },
      });
    },
  );

  it('keeps a negative balance as a credit', () => {
    const cells = ['Invoice', 'Oak Street Cafe', '', 'CM-1', '', '', '', '(150.00)'];

    expect(readInvoiceRow(9, cells, context, null)).toMatchObject({
      ok: true,
      invoice: { openCents: -15000 },
    });
  });

  it('keeps invoice numbers exactly as written', () => {
    const cells = ['Invoice', 'Oak Street Cafe', '', '000123', '', '', '', '1.00'];

    expect(readInvoiceRow(2, cells, context, null)).toMatchObject({
      ok: true,
      invoice: { invoiceNumber: '000123' },
    });
  });

  it('adds up the aging periods when there is no balance column, currency and all', () => {
    const cells = ['INV-0388', '13/11/2026', '', '1.280,00 €', '20,00 €'];

    expect(
      readInvoiceRow(9, cells, { ...periods, decimalMark: ',' }, 'Coastal Kayak Hire'),
    ).toMatchObject({
      ok: true,
      invoice: { openCents: 130000, dueOn: '2026-11-13', currency: 'EUR' },
    });
  });

  it('tells every reason a line cannot be used, in one sentence', () => {
    const cells = ['Invoice', '', '', '', '13/13/2026', '31/31/2026', 'lots', 'abc'];

    expect(readInvoiceRow(14, cells, context, null)).toEqual({
      ok: false,
      problem: {
        line: 14,
        reason:
          'Line 14: no customer; no invoice number; the invoice date "13/13/2026" is not a date; the due date "31/31/2026" is not a date; the invoice amount "lots" is not an amount; the open balance "abc" is not an amount.',
      },
    });
  });

  it('says so when a line has no balance at all', () => {
    expect(readInvoiceRow(4, ['INV-1', '', '', '', ''], periods, 'Acme')).toEqual({
      ok: false,
      problem: { line: 4, reason: 'Line 4: no open balance.' },
    });
  });

  it('names the aging period whose amount is unreadable', () => {
    expect(readInvoiceRow(4, ['INV-1', '', 'ten', '', ''], periods, 'Acme')).toEqual({
      ok: false,
      problem: { line: 4, reason: 'Line 4: the "Current" amount "ten" is not an amount.' },
    });
  });
});

describe('splitCustomerJob', () => {
  it.each([
    ['Harbor View Dental:Suite 200', 'Harbor View Dental', 'Suite 200'],
    ['Harbor View Dental:Suite 200:Phase 2', 'Harbor View Dental', 'Suite 200:Phase 2'],
    ['Oak Street Cafe', 'Oak Street Cafe', ''],
    [':Odd', ':Odd', ''],
    ['Odd:', 'Odd:', ''],
  ])('splits %j into %j and %j', (name, customer, job) => {
    expect(splitCustomerJob(name)).toEqual({ customer, job });
  });
});
