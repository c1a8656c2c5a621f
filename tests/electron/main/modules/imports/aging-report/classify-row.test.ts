import { classifyRow } from '../../../../../../electron/main/modules/imports/aging-report/classify-row';
import { planColumns } from '../../../../../../electron/main/modules/imports/aging-report/column-plan';

/** A QuickBooks Online row: spacer, date, type, number, customer, due date, amount, balance. */
const qbo = planColumns([
  'ignore',
  'invoiceDate',
  'transactionType',
  'invoiceNumber',
  'customer',
  'dueDate',
  'amount',
  'openBalance',
]);
/** An Odoo row: reference, dates, two periods, total; no customer column. */
const odoo = planColumns([
  'invoiceNumber',
  'invoiceDate',
  'dueDate',
  'bucket',
  'bucket',
  'openBalance',
]);

describe('classifyRow', () => {
  it('tells a blank row', () => {
    expect(classifyRow(['', '', ''], qbo, false)).toEqual({ kind: 'blank' });
  });

  it('tells an invoice line', () => {
    const cells = [
      '',
      '11/20/2026',
      'Invoice',
      '01042',
      'Oak Street Cafe',
      '12/20/2026',
      '$1,250.00',
      '$1,250.00',
    ];

    expect(classifyRow(cells, qbo, false)).toEqual({ kind: 'invoice' });
  });

  it('tells an aging period heading', () => {
    expect(classifyRow(['1 - 30 days past due', '', ''], qbo, false)).toEqual({
      kind: 'section',
      label: '1 - 30 days past due',
    });
    expect(classifyRow(['', '> 90'], qbo, false)).toEqual({ kind: 'section', label: '> 90' });
  });

  it('tells a customer heading', () => {
    expect(classifyRow(['Coastal Kayak Hire', '', ''], qbo, false)).toEqual({
      kind: 'group',
      label: 'Coastal Kayak Hire',
      hasTotals: false,
    });
  });

  it('tells a customer heading with totals where customers have no column', () => {
    const cells = ['Müller GmbH', '', '', '2.500,00 €', '1.154,56 €', '3.654,56 €'];

    expect(classifyRow(cells, odoo, true)).toEqual({
      kind: 'group',
      label: 'Müller GmbH',
      hasTotals: true,
    });
  });

  it.each([
    ['Total for Current', 'Current'],
    ['Total 1 - 30', '1 - 30'],
    ['Total Coastal Kayak Hire', 'Coastal Kayak Hire'],
    ['TOTAL', ''],
    ['Grand Total', ''],
    ['Totals:', ''],
  ])('tells the total row %j, of %j', (label, scope) => {
    const cells = [label, '', '', '', '', '', '$10.00', '$10.00'];

    expect(classifyRow(cells, qbo, false)).toEqual({ kind: 'total', label, scope });
  });

  it("tells ERPNext's total row, whose label is in single quotes", () => {
    expect(classifyRow(["'Total'", '', '', '', '', '', '', '4880.50'], qbo, false)).toEqual({
      kind: 'total',
      label: "'Total'",
      scope: '',
    });
  });

  it("tells Odoo's grand total in its reference column", () => {
    expect(
      classifyRow(['Total', '', '', '17.500,00 €', '', '19.527,46 €'], odoo, true),
    ).toMatchObject({ kind: 'total', scope: '' });
  });

  it('takes "Total" followed by a name and no amount for a customer', () => {
    expect(classifyRow(['Total Hardware Ltd', '', ''], qbo, false)).toMatchObject({
      kind: 'group',
      label: 'Total Hardware Ltd',
    });
  });

  it('reads an invoice of a customer whose name starts with "Total" as an invoice', () => {
    const cells = [
      '',
      '11/20/2026',
      'Invoice',
      '1050',
      'Total Fitness',
      '12/20/2026',
      '$10.00',
      '$10.00',
    ];

    expect(classifyRow(cells, qbo, false)).toEqual({ kind: 'invoice' });
  });

  it.each([
    [['Accrual Basis Tuesday, December 1, 2026 09:14 AM GMT-05:00']],
    [['Accrual Basis Tuesday', ' December 1', ' 2026 09:14 AM GMT-05:00']],
    [['Page 2 of 3']],
    [['Tuesday, December 1, 2026 09:14 AM']],
  ])('tells the footer %j', (cells) => {
    expect(classifyRow(cells, qbo, false)).toEqual({ kind: 'footer' });
  });

  it('leaves a lone amount to be read as a broken invoice line, not a customer', () => {
    expect(classifyRow(['', '', '', '', '', '', '', '12.00'], qbo, false)).toEqual({
      kind: 'invoice',
    });
  });
});
