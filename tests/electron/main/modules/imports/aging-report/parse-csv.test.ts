import { IMPORT_COLUMNS_MAX } from '../../../../../../shared/domain/imports';
import { ReportUnreadableError } from '../../../../../../electron/main/modules/imports/aging-report/errors';
import {
  detectDelimiter,
  parseCsv,
} from '../../../../../../electron/main/modules/imports/aging-report/parse-csv';

describe('detectDelimiter', () => {
  it('finds commas', () => {
    expect(detectDelimiter('Customer,Invoice,Balance\nAcme,1,"1,200.00"\n')).toBe(',');
  });

  it('finds semicolons even when decimal commas outnumber them on some lines', () => {
    const text = [
      'Aged Receivable',
      ';Invoice Date;Due Date;Not due;1 - 30;Total',
      'Müller GmbH;;;2.500,00 €;1.154,56 €;3.654,56 €',
      'INV/1;03/10/2026;02/11/2026;;1.234,56 €;1.234,56 €',
    ].join('\n');

    expect(detectDelimiter(text)).toBe(';');
  });

  it('finds tabs', () => {
    expect(detectDelimiter('Debtor\tDocument No\tOutstanding\nA, B and C\t7\t1,5\n')).toBe('\t');
  });

  it('does not count delimiters inside quotes', () => {
    expect(detectDelimiter('"a;b;c;d";x\n"e;f;g;h";y\n"i,j";z\n')).toBe(';');
  });

  it('falls back to commas for a file with one column', () => {
    expect(detectDelimiter('Customer\nAcme\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('gives every row the line it starts on, past quoted cells that span lines', () => {
    const text = 'Customer,Memo,Balance\r\nAcme,"first\r\nsecond\r\nthird",10\r\n\r\nBeta,x,20\r\n';

    const parsed = parseCsv(text);

    expect(parsed.rows).toEqual([
      { line: 1, cells: ['Customer', 'Memo', 'Balance'] },
      { line: 2, cells: ['Acme', 'first\nsecond\nthird', '10'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['Beta', 'x', '20'] },
    ]);
    expect(parsed.lineCount).toBe(6);
  });

  it('trims cells, also around quoted values', () => {
    const parsed = parseCsv('  Customer , Balance \n "Acme, Inc" ,  12.00\u00a0\n');

    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['Customer', 'Balance'],
      ['Acme, Inc', '12.00'],
    ]);
  });

  it('keeps quotes inside an unquoted cell as written', () => {
    const parsed = parseCsv('Item,Note\n5" pipe,"6"" pipe"\n"Acme" Inc,x\n');

    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['Item', 'Note'],
      ['5" pipe', '6" pipe'],
      ['"Acme" Inc', 'x'],
    ]);
  });

  it('accepts rows of any width, a title line above the header included', () => {
    const parsed = parseCsv('Larkspur Garden Supply\nA,B,C\n1,2\n1,2,3,4\n');

    expect(parsed.rows.map((row) => row.cells.length)).toEqual([1, 3, 2, 4]);
    expect(parsed.rows.map((row) => row.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads old Mac line breaks', () => {
    expect(parseCsv('A;B\r1;2\r').rows).toEqual([
      { line: 1, cells: ['A', 'B'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('reads a file without a line break at the end', () => {
    const parsed = parseCsv('A\tB\n1\t2');

    expect(parsed).toMatchObject({ delimiter: '\t', lineCount: 2 });
    expect(parsed.rows.at(-1)).toEqual({ line: 2, cells: ['1', '2'] });
  });

  it('uses the delimiter it is given', () => {
    expect(parseCsv('a;b,c\n', ',').rows[0]?.cells).toEqual(['a;b', 'c']);
  });

  it('refuses a quoted value that never closes, naming the line it starts on', () => {
    const text = 'A,B\n1,2\n3,"four\n5,6\n7,8\n';

    expect(() => parseCsv(text)).toThrow(ReportUnreadableError);
    expect(() => parseCsv(text)).toThrow(/^Line 3 starts a quoted value that never ends/);
  });

  it('reads a line as wide as a report may be', () => {
    const wide = Array.from({ length: IMPORT_COLUMNS_MAX }, (_, index) => `c${index}`).join(',');

    expect(parseCsv(`A,B\n${wide}\n`).rows[1]?.cells).toHaveLength(IMPORT_COLUMNS_MAX);
  });

  it('refuses a line wider than a report may be, naming the line and the limit', () => {
    const text = `A,B\n1,2\n${','.repeat(IMPORT_COLUMNS_MAX)}\n3,4\n`;

    expect(() => parseCsv(text)).toThrow(ReportUnreadableError);
    expect(() => parseCsv(text)).toThrow(
      `Line 3 has 501 columns, but an aging report has at most ${IMPORT_COLUMNS_MAX}.`,
    );
  });

  it('refuses a line of more than a million characters, naming the line', () => {
    const text = `A,B\n1,${'x'.repeat(1_000_001)}\n`;

    expect(() => parseCsv(text)).toThrow(/^Line 2 is longer than 1,000,000 characters/);
  });
});
