import type { ExportWriter } from './export-writer';

/**
 * Writes a JSON array of objects, one per row, each on its own line. Keys are the export's
 * column names in column order and every value is a string, exactly as in the CSV: amounts are
 * decimal strings such as "1250.00" (not cents, not numbers, so no reader rounds them through a
 * float), unknown values are "". The writer remembers whether a row was written, so the text is
 * the same whether the rows come in one batch or many.
 */
export function createJsonWriter<C extends string>(columns: readonly C[]): ExportWriter<C> {
  let hasRows = false;
  const line = (row: Readonly<Record<C, string>>): string =>
    JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column]])));
  return {
    header: () => '[',
    rows(batch) {
      if (batch.length === 0) return '';
      const text = batch.map((row) => `\n  ${line(row)}`).join(',');
      const joined = hasRows ? `,${text}` : text;
      hasRows = true;
      return joined;
    },
    footer: () => (hasRows ? '\n]\n' : ']\n'),
  };
}
