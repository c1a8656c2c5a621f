import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ColumnMapping, ReportInvoice } from '../../../../../../shared/domain/aging-report';
import { headerSignature } from '../../../../../../electron/main/modules/imports/aging-report/layouts';
import {
  ImportCancelledError,
  readAgingReport,
  ReportUnreadableError,
  type ReadAgingReportOptions,
} from '../../../../../../electron/main/modules/imports/aging-report/read-report';

const FIXTURES = path.join(import.meta.dirname, '../../../../../fixtures/aging-reports');
/** The day after the fixtures' "As of" date. */
const TODAY = '2026-12-01';

function read(name: string, options: Partial<ReadAgingReportOptions> = {}) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  return readAgingReport(bytes, { today: TODAY, ...options });
}

function readText(text: string, options: Partial<ReadAgingReportOptions> = {}) {
  return readAgingReport(new TextEncoder().encode(text), { today: TODAY, ...options });
}

/** Customer, invoice number and open balance: what most assertions are about. */
function brief(invoices: readonly ReportInvoice[]): [string, string, number][] {
  return invoices.map((invoice) => [invoice.customer, invoice.invoiceNumber, invoice.openCents]);
}

function refusal(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  try {
    readAgingReport(bytes, { today: TODAY });
  } catch (error) {
    if (error instanceof ReportUnreadableError) return error.message;
    throw error;
  }
  throw new Error('expected the report to be refused');
}

describe('readAgingReport: QuickBooks Online', () => {
  const report = read('quickbooks-online.csv');

  it('recognises the layout, the file and the "As of" date of the title block', () => {
    expect(report).toMatchObject({
      layout: 'quickbooks-online',
      asOf: '2026-11-30',
      encoding: 'utf-8',
      delimiter: ',',
      lineCount: 23,
      mapping: { headerLine: 5, dateOrder: 'month-first', decimalMark: '.' },
      signature: 'date|transaction type|num|customer|due date|past due|amount|open balance',
      problems: [],
      warnings: [],
    });
    expect(report.headers).toEqual([
      '',
      'Date',
      'Transaction type',
      'Num',
      'Customer',
      'Due date',
      'Past due',
      'Amount',
      'Open balance',
    ]);
  });

  it('reads every invoice line across the period sections, credits and payments negative', () => {
    expect(brief(report.invoices)).toEqual([
      ['Oak Street Cafe', '01042', 125000],
      ['Pinecrest Dental', '1043', 48050],
      ['Oak Street Cafe', 'CM-1005', -15000],
      ['Oak Street Cafe', '1017', 90000],
      ['Maple & Finch Bakery', '1021', 120000],
      ['Pinecrest Dental', '0988', 61525],
      ['Pinecrest Dental', '5521', -20000],
    ]);
  });

  it('reads a line in full, keeping the invoice number as written', () => {
    expect(report.invoices[0]).toEqual({
      line: 7,
      customer: 'Oak Street Cafe',
      accountNumber: '',
      job: '',
      invoiceNumber: '01042',
      invoiceDate: '2026-11-20',
      dueOn: '2026-12-20',
      amountCents: 125000,
      openCents: 125000,
      currency: '',
      terms: '',
    });
    expect(report.invoices[4]).toMatchObject({
      line: 13,
      job: 'Wedding order',
      amountCents: 240000,
    });
  });

  it('checks each period total and the grand total against the lines', () => {
    expect(report.totals).toEqual([
      { line: 10, label: 'Total for Current', statedCents: 158050, readCents: 158050 },
      { line: 14, label: 'Total for 1 - 30 days past due', statedCents: 210000, readCents: 210000 },
      {
        line: 18,
        label: 'Total for 91 or more days past due',
        statedCents: 41525,
        readCents: 41525,
      },
      { line: 19, label: 'TOTAL', statedCents: 409575, readCents: 409575 },
    ]);
  });

  it('samples the first rows below the header as written', () => {
    expect(report.sample).toHaveLength(8);
    expect(report.sample[0]).toEqual({ line: 6, cells: ['Current'] });
    expect(report.sample[1]?.cells).toEqual([
      '',
      '11/20/2026',
      'Invoice',
      '01042',
      'Oak Street Cafe',
      '12/20/2026',
      '0',
      '$1,250.00',
      '$1,250.00',
    ]);
  });
});

describe('readAgingReport: QuickBooks Desktop', () => {
  const report = read('quickbooks-desktop.csv');

  it('recognises the layout between its spacer columns', () => {
    expect(report).toMatchObject({
      layout: 'quickbooks-desktop',
      asOf: '2026-11-30',
      problems: [],
      warnings: [],
    });
    expect(report.mapping.roles.filter((role) => role !== 'ignore')).toEqual([
      'transactionType',
      'invoiceDate',
      'invoiceNumber',
      'customer',
      'terms',
      'dueDate',
      'openBalance',
    ]);
  });

  it('splits Customer:Job and skips the header repeated on the next page', () => {
    expect(
      report.invoices.map((invoice) => [
        invoice.line,
        invoice.customer,
        invoice.job,
        invoice.invoiceNumber,
        invoice.openCents,
      ]),
    ).toEqual([
      [6, 'Harbor View Dental', 'Suite 200 remodel', '00217', 420000],
      [7, 'Cedar Lane Apartments', '', '00219', 107540],
      [10, 'Harbor View Dental', 'Lobby refit', '00198', 86000],
      [11, 'Cedar Lane Apartments', '', 'CM-0031', -7500],
      [15, 'Northgate Medical Center', '', '00170', 331000],
      [20, 'Cedar Lane Apartments', '', '00112', 54000],
      [21, 'Cedar Lane Apartments', '', '1187', -30000],
    ]);
    expect(report.invoices[0]).toMatchObject({
      terms: 'Net 30',
      dueOn: '2026-12-18',
      amountCents: null,
    });
  });

  it('checks each "Total <period>" and the grand TOTAL, an empty period included', () => {
    expect(report.totals.map((total) => [total.label, total.statedCents, total.readCents])).toEqual(
      [
        ['Total Current', 527540, 527540],
        ['Total 1 - 30', 78500, 78500],
        ['Total 31 - 60', 331000, 331000],
        ['Total 61 - 90', 0, 0],
        ['Total > 90', 24000, 24000],
        ['TOTAL', 961040, 961040],
      ],
    );
  });
});

describe('readAgingReport: Xero', () => {
  const report = read('xero.csv');

  it('recognises the layout and the "As at" date', () => {
    expect(report).toMatchObject({
      layout: 'xero',
      asOf: '2026-11-30',
      mapping: { headerLine: 6 },
      problems: [],
      warnings: [],
    });
  });

  it('takes each contact from its group row and the balance from the Total column', () => {
    expect(brief(report.invoices)).toEqual([
      ['Coastal Kayak Hire', 'INV-0412', 54000],
      ['Coastal Kayak Hire', 'INV-0388', 128000],
      ['Fern & Fable Books', 'INV-0301', 201560],
      ['Fern & Fable Books', 'CN-0019', -12000],
    ]);
    expect(report.invoices[1]).toMatchObject({ invoiceDate: '2026-10-14', dueOn: '2026-11-13' });
  });

  it('checks each contact total against its own lines', () => {
    expect(report.totals).toEqual([
      { line: 10, label: 'Total Coastal Kayak Hire', statedCents: 182000, readCents: 182000 },
      { line: 14, label: 'Total Fern & Fable Books', statedCents: 189560, readCents: 189560 },
      { line: 15, label: 'Total', statedCents: 371560, readCents: 371560 },
    ]);
  });
});

describe('readAgingReport: ERPNext', () => {
  const report = read('erpnext.csv');

  it('recognises the layout of a report without a title block', () => {
    expect(report).toMatchObject({
      layout: 'erpnext',
      asOf: null,
      mapping: { headerLine: 1 },
      problems: [],
      warnings: [],
    });
  });

  it('reads the customer name, the party as account number, currency and amounts', () => {
    expect(report.invoices[0]).toEqual({
      line: 2,
      customer: 'Juniper Robotics GmbH',
      accountNumber: 'CUST-00017',
      job: '',
      invoiceNumber: 'ACC-SINV-2026-00012',
      invoiceDate: '2026-10-05',
      dueOn: '2026-11-04',
      amountCents: 450000,
      openCents: 300000,
      currency: 'EUR',
      terms: '',
    });
    expect(report.invoices.at(-1)).toMatchObject({
      invoiceNumber: 'ACC-PAY-2026-00004',
      openCents: -30000,
      currency: 'USD',
    });
  });

  it('checks the total row at the end', () => {
    expect(report.totals).toEqual([
      { line: 6, label: 'Total', statedCents: 488050, readCents: 488050 },
    ]);
  });
});

describe('readAgingReport: Odoo, Windows-1252 with semicolons', () => {
  const report = read('odoo-semicolon-1252.csv');

  it('reads the encoding, the delimiter and the European conventions', () => {
    expect(report).toMatchObject({
      layout: 'odoo',
      encoding: 'windows-1252',
      delimiter: ';',
      asOf: '2026-11-30',
      mapping: { headerLine: 5, dateOrder: 'day-first', decimalMark: ',' },
      problems: [],
      warnings: [],
    });
  });

  it('takes each partner from its group row, with decimal commas and euro signs read', () => {
    expect(brief(report.invoices)).toEqual([
      ['Müller GmbH', 'INV/2026/00042', 123456],
      ['Müller GmbH', 'INV/2026/00057', 250000],
      ['Müller GmbH', 'RINV/2026/00003', -8000],
      ['Café Lumière SARL', 'INV/2026/00031', 86040],
      ['Café Lumière SARL', 'INV/2026/00012', 1250],
      ['Øresund Trading ApS', 'INV/2026/00060', 1500000],
    ]);
    expect(report.invoices[0]).toMatchObject({
      invoiceDate: '2026-10-03',
      dueOn: '2026-11-02',
      currency: 'EUR',
    });
  });

  it('checks the totals on each partner row and the grand total', () => {
    expect(report.totals).toEqual([
      { line: 6, label: 'Müller GmbH', statedCents: 365456, readCents: 365456 },
      { line: 10, label: 'Café Lumière SARL', statedCents: 87290, readCents: 87290 },
      { line: 13, label: 'Øresund Trading ApS', statedCents: 1500000, readCents: 1500000 },
      { line: 15, label: 'Total', statedCents: 1952746, readCents: 1952746 },
    ]);
  });
});

describe('readAgingReport: another system', () => {
  const report = read('generic.csv');

  it('guesses the columns from their names', () => {
    expect(report).toMatchObject({
      layout: 'guessed',
      mapping: {
        roles: [
          'customer',
          'accountNumber',
          'invoiceNumber',
          'invoiceDate',
          'dueDate',
          'openBalance',
          'terms',
        ],
      },
      problems: [],
      warnings: [],
    });
  });

  it('reads dates and amounts however they are written', () => {
    expect(
      report.invoices.map((invoice) => [
        invoice.invoiceNumber,
        invoice.invoiceDate,
        invoice.dueOn,
        invoice.openCents,
        invoice.currency,
      ]),
    ).toEqual([
      ['000123', '2026-09-03', '2026-10-03', 123456, 'USD'],
      ['000131', '2026-09-18', '2026-10-18', -25000, ''],
      ['000140', '2026-10-01', '2026-10-31', 98000, ''],
      ['000152', '2026-10-15', '2026-11-14', 4510, ''],
    ]);
    expect(report.invoices[0]).toMatchObject({
      customer: 'Willowbrook Veterinary Clinic',
      accountNumber: 'C-1001',
      terms: 'Net 30',
    });
  });

  it('checks the "Grand Total" row', () => {
    expect(report.totals).toEqual([
      { line: 6, label: 'Grand Total', statedCents: 200966, readCents: 200966 },
    ]);
  });
});

describe('readAgingReport: rows that cannot be used', () => {
  const report = read('bad-rows.csv');

  it('lists every one with its line and reason, and reads the rest', () => {
    expect(report.problems).toEqual([
      { line: 3, reason: 'Line 3: the due date "31/31/2026" is not a date.' },
      { line: 4, reason: 'Line 4: no invoice number.' },
      { line: 5, reason: 'Line 5: no customer.' },
      {
        line: 6,
        reason:
          'Line 6: the invoice date "2026-02-30" is not a date; the open balance "abc" is not an amount.',
      },
      { line: 8, reason: 'Line 8: the open balance "12.345" has more than two decimal places.' },
    ]);
    expect(brief(report.invoices)).toEqual([
      ['Redwood Print Shop', '7001', 50000],
      ['Redwood Print Shop', '7007', 4000],
    ]);
  });

  it('checks the total that no longer adds up, and says so without refusing the file', () => {
    expect(report.totals).toEqual([
      { line: 10, label: 'Total', statedCents: 90000, readCents: 54000 },
    ]);
    expect(report.warnings).toEqual([
      'Line 10: the report\'s "Total" says 900.00, but the invoice lines it covers add up to 540.00.',
    ]);
  });
});

describe('readAgingReport: UTF-8 with a byte-order mark, tab-delimited', () => {
  const report = read('bom-tab.csv');

  it('reads the file and warns that dates that could be either were read day-first', () => {
    expect(report).toMatchObject({
      layout: 'guessed',
      encoding: 'utf-8',
      delimiter: '\t',
      headers: ['Debtor', 'Document No', 'Date', 'Due Date', 'Outstanding'],
      mapping: { dateOrder: 'day-first', decimalMark: ',' },
      warnings: [
        'Dates such as 03/04/2026 were read day-first (3 April 2026). Change this if that is wrong.',
      ],
    });
    expect(brief(report.invoices)).toEqual([
      ['Brightwater Küchen GmbH', '00045', 123456],
      ['Brightwater Küchen GmbH', '00046', 9990],
      ['Hafenblick Café', '00050', 200000],
    ]);
    expect(report.invoices[0]).toMatchObject({ invoiceDate: '2026-04-03', dueOn: '2026-05-03' });
  });
});

describe('readAgingReport: mappings', () => {
  const GERMAN =
    'Offene Posten\nKunde;Beleg;Fällig;Offen\nMüller GmbH;R-0042;03.09.2026;1.234,56\n';
  const mapping: ColumnMapping = {
    headerLine: 2,
    roles: ['customer', 'invoiceNumber', 'dueDate', 'openBalance'],
    dateOrder: 'day-first',
    decimalMark: ',',
  };

  it("reads a header it does not know with the caller's mapping", () => {
    const report = readText(GERMAN, { mapping });

    expect(report).toMatchObject({
      layout: 'mapped',
      mapping,
      signature: 'kunde|beleg|fällig|offen',
    });
    expect(report.invoices).toMatchObject([
      {
        line: 3,
        customer: 'Müller GmbH',
        invoiceNumber: 'R-0042',
        dueOn: '2026-09-03',
        openCents: 123456,
      },
    ]);
  });

  it('reads it with the mapping remembered for its header signature', () => {
    const asked: string[] = [];
    const report = readText(GERMAN, {
      rememberedMapping: (signature) => {
        asked.push(signature);
        return signature === headerSignature(['Kunde', 'Beleg', 'Fällig', 'Offen'])
          ? mapping
          : null;
      },
    });

    expect(report).toMatchObject({ layout: 'mapped', mapping });
    expect(asked).toEqual(['offene posten', 'kunde|beleg|fällig|offen']);
    expect(report.invoices).toHaveLength(1);
  });

  it("uses the mapping's conventions, not the file's", () => {
    const report = readText('Customer,Invoice,Due date,Balance\nAcme,1,03/04/2026,"1,234"\n', {
      mapping: {
        headerLine: 1,
        roles: ['customer', 'invoiceNumber', 'dueDate', 'openBalance'],
        dateOrder: 'month-first',
        decimalMark: '.',
      },
    });

    expect(report.invoices).toMatchObject([{ dueOn: '2026-03-04', openCents: 123400 }]);
    expect(report.warnings).toEqual([]);
  });

  it('reads nothing, and says which columns are missing, when a header cannot be read', () => {
    const report = readText('Client,Invoice Date,Notes\nAcme,2026-10-01,call back\n');

    expect(report).toMatchObject({
      layout: 'unknown',
      invoices: [],
      problems: [],
      totals: [],
      mapping: { headerLine: 1, roles: ['customer', 'invoiceDate', 'ignore'] },
      sample: [{ line: 2, cells: ['Acme', '2026-10-01', 'call back'] }],
      warnings: [
        'No column was found for the invoice number and open balance, so no invoices were read. Say what each column holds to read this report.',
      ],
    });
  });

  it("reads nothing when the caller's mapping leaves out the open balance, and says so", () => {
    const report = readText(GERMAN, {
      mapping: { ...mapping, roles: ['customer', 'invoiceNumber'] },
    });

    expect(report.invoices).toEqual([]);
    expect(report.warnings).toEqual([
      'The column mapping has no column for the open balance, so no invoices were read. Say what each column holds to read this report.',
    ]);
  });

  it('says so when a readable header has no lines below it', () => {
    expect(readText('Customer,Invoice,Balance\n\n').warnings).toEqual([
      'No invoice lines were found below the header on line 1.',
    ]);
  });
});

describe('readAgingReport: conventions', () => {
  it("reads a semicolon file's ambiguous dates day-first and says so", () => {
    const report = readText('Customer;Invoice;Due date;Balance\nAcme;1;03/04/2026;12\n');

    expect(report.mapping).toMatchObject({ dateOrder: 'day-first', decimalMark: ',' });
    expect(report.warnings).toEqual([
      'Dates such as 03/04/2026 were read day-first (3 April 2026). Change this if that is wrong.',
    ]);
  });

  it("reads QuickBooks' ambiguous dates month-first and says so", () => {
    const text =
      ',Date,Transaction type,Num,Customer,Due date,Amount,Open balance\n,03/04/2026,Invoice,1,Acme,04/05/2026,10.00,10.00\n';

    expect(readText(text).warnings).toEqual([
      'Dates such as 03/04/2026 were read month-first (March 4, 2026). Change this if that is wrong.',
    ]);
  });

  it('says how it read amounts that could be either', () => {
    const report = readText('Customer,Invoice,Balance\nAcme,1,"1,234"\n');

    expect(report.invoices[0]?.openCents).toBe(123400);
    expect(report.warnings).toEqual([
      'Amounts such as 1,234 were read as 1,234.00, with the comma separating thousands. Change this if that is wrong.',
    ]);
  });
});

describe('readAgingReport: files it cannot read', () => {
  it.each([
    ['an empty file', '', /^The file is empty\./],
    ['a file of blank lines', '\n\n  \n', /^The file has no rows, only blank lines\./],
  ])('refuses %s with words for the caller', (_, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('reads a file without a header no further, showing its rows to map by hand', () => {
    const report = readText('Bericht\nMüller;R-1;10,00\nSchmidt KG;R-2;5,00\n');

    expect(report).toMatchObject({
      layout: 'unknown',
      headers: ['Müller', 'R-1', '10,00'],
      invoices: [],
      sample: [{ line: 3, cells: ['Schmidt KG', 'R-2', '5,00'] }],
    });
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^No header row was found.*say what each column holds/),
    );
  });

  it('refuses a binary file', () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]))).toMatch(
      /not a text file/,
    );
  });

  it('reads a Windows-1252 file it is given as bytes', () => {
    const bytes = new Uint8Array(
      iconv.encode('Customer;Invoice;Balance\nMüller GmbH;0042;12,50 €\n', 'win1252'),
    );

    expect(readAgingReport(bytes, { today: TODAY }).invoices).toMatchObject([
      { customer: 'Müller GmbH', invoiceNumber: '0042', openCents: 1250, currency: 'EUR' },
    ]);
  });
});

describe('readAgingReport: long reports', () => {
  const ROWS = 50_000;
  const text = [
    'Customer,Invoice number,Invoice date,Due date,Amount,Open balance',
    ...Array.from(
      { length: ROWS },
      (_, index) =>
        `Customer ${index % 700},INV-${String(index).padStart(6, '0')},2026-10-01,2026-10-31,"1,250.00",100.00`,
    ),
    `Total,,,,,"${(ROWS * 100).toLocaleString('en-US')}.00"`,
  ].join('\r\n');

  it('reads fifty thousand rows, reporting progress as it goes', () => {
    const progress: [number, number][] = [];

    const report = readText(text, { onProgress: (done, total) => progress.push([done, total]) });

    expect(report.invoices).toHaveLength(ROWS);
    expect(report.invoices.at(-1)).toMatchObject({ line: ROWS + 1, invoiceNumber: 'INV-049999' });
    expect(report.totals).toEqual([
      { line: ROWS + 2, label: 'Total', statedCents: ROWS * 10000, readCents: ROWS * 10000 },
    ]);
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / 1000);
    expect(progress[1]).toEqual([1002, ROWS + 2]);
    expect(progress.at(-1)).toEqual([ROWS + 2, ROWS + 2]);
  });

  it('stops with ImportCancelledError once cancelled', () => {
    let asked = 0;

    expect(() => readText(text, { isCancelled: () => ++asked > 3 })).toThrow(ImportCancelledError);
    expect(asked).toBe(4);
  });
});
