import { stringify } from 'csv-stringify/sync';

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Guards against CSV (formula) injection, OWASP's "CSV Injection": a spreadsheet runs a cell
 * that starts with = + - @ tab or CR as a formula, so customer text could run commands. Such a
 * cell gets a leading `'`; a plain number such as -12.50 stays as it is.
 */
function guardCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Writes CSV in chunks: the header (with a BOM, for Excel), then any number of row batches. */
export function createCsvWriter<C extends string>(columns: readonly C[]) {
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone CR or LF,
  // which spreadsheets also read as the end of a row.
  const options = { record_delimiter: 'windows' as const, quoted_match: /[\r\n]/ };
  return {
    header: (): string => `\uFEFF${stringify([columns.map(guardCell)], options)}`,
    rows: (batch: readonly Readonly<Record<C, string>>[]): string =>
      batch.length === 0
        ? ''
        : stringify(
            batch.map((row) => columns.map((column) => guardCell(row[column]))),
            options,
          ),
  };
}
