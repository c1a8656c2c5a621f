import type { ColumnMapping } from '../../../../../../shared/domain/aging-report';
import { findHeader } from '../../../../../../electron/main/modules/imports/aging-report/find-header';
import { parseCsv } from '../../../../../../electron/main/modules/imports/aging-report/parse-csv';

const rowsOf = (text: string) => parseCsv(text).rows;

const XERO = [
  'Aged Receivables Detail',
  'Bright Harbour Trading Ltd',
  'As at 30 November 2026',
  '',
  'Invoice Date,Due Date,Invoice Number,Invoice Reference,Current,1 Month,2 Months,Older,Total',
  'Coastal Kayak Hire',
].join('\n');

const GERMAN = [
  'Offene Posten',
  'Kunde;Beleg;Fällig;Offen',
  'Müller GmbH;R-1;03.09.2026;10,00',
].join('\n');

const germanMapping: ColumnMapping = {
  headerLine: 2,
  roles: ['customer', 'invoiceNumber', 'dueDate', 'openBalance'],
  dateOrder: 'day-first',
  decimalMark: ',',
};

describe('findHeader', () => {
  it('finds a known layout below its title block', () => {
    expect(findHeader(rowsOf(XERO), null, undefined)).toMatchObject({
      index: 4,
      layout: 'xero',
      mapping: null,
    });
  });

  it('finds a header by the common names of its columns', () => {
    const rows = rowsOf('Open invoices\nClient,Invoice #,Balance\nAcme,1,10.00');

    expect(findHeader(rows, null, undefined)).toEqual({
      index: 1,
      layout: 'guessed',
      roles: ['customer', 'invoiceNumber', 'openBalance'],
      mapping: null,
    });
  });

  it('calls a header unknown when it lacks a column the report cannot do without', () => {
    const rows = rowsOf('Client,Invoice Date,Notes\nAcme,2026-01-01,x');

    expect(findHeader(rows, null, undefined)).toMatchObject({ index: 0, layout: 'unknown' });
  });

  it('uses the mapping remembered for the header, at the line the header is on now', () => {
    const remembered = (signature: string) =>
      signature === 'kunde|beleg|fällig|offen' ? germanMapping : null;
    const rows = rowsOf(`Neuer Bericht\n${GERMAN}`);

    expect(findHeader(rows, null, remembered)).toEqual({
      index: 2,
      layout: 'mapped',
      roles: germanMapping.roles,
      mapping: { ...germanMapping, headerLine: 3 },
    });
  });

  it('prefers a remembered mapping to a known layout, the caller having corrected it', () => {
    const corrected: ColumnMapping = {
      headerLine: 5,
      roles: Array(9).fill('ignore'),
      dateOrder: 'day-first',
      decimalMark: '.',
    };

    expect(findHeader(rowsOf(XERO), null, () => corrected)).toMatchObject({
      layout: 'mapped',
      mapping: corrected,
    });
  });

  it('ignores a remembered mapping made for another number of columns', () => {
    const narrow: ColumnMapping = { ...germanMapping, roles: ['customer'] };

    const remembered = (signature: string) =>
      signature.startsWith('invoice date|') ? narrow : null;

    expect(findHeader(rowsOf(XERO), null, remembered)).toMatchObject({ layout: 'xero' });
  });

  it("takes the header on the line of the caller's mapping, fitting its roles to the header", () => {
    const mapping = { ...germanMapping, roles: ['customer', 'invoiceNumber'] } as const;

    expect(findHeader(rowsOf(GERMAN), mapping, undefined)).toEqual({
      index: 1,
      layout: 'mapped',
      roles: ['customer', 'invoiceNumber', 'ignore', 'ignore'],
      mapping: { ...mapping, headerLine: 2 },
    });
  });

  it('refuses a mapping whose header line is not in the file', () => {
    expect(() =>
      findHeader(rowsOf(GERMAN), { ...germanMapping, headerLine: 40 }, undefined),
    ).toThrow(/^Line 40, the header line of the column mapping, is not in this file\./);
  });

  it('takes the widest first row as a header to map by hand when no row names columns', () => {
    const rows = rowsOf(GERMAN);

    expect(findHeader(rows, null, undefined)).toEqual({
      index: 1,
      layout: 'unknown',
      roles: ['ignore', 'ignore', 'ignore', 'ignore'],
      mapping: null,
      isAGuess: true,
    });
  });
});
