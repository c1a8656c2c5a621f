import type { DateOrder } from '../../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../../shared/domain/calendar';
import type { CsvRow } from './parse-csv';
import { parseReportDate } from './values';

const AS_OF = /\bas\s+(?:of|at|on)\b[\s:]*(.+)$/i;
const WORDS = /\s+/;
const TRAILING_PUNCTUATION = /[.,;:]$/;

/** The "As of November 30, 2026" / "As at 30 November 2026" date of the title block, if any. */
export function readAsOf(
  titleRows: readonly CsvRow[],
  order: DateOrder,
  today: IsoDate,
): IsoDate | null {
  for (const row of titleRows) {
    // Unquoted, "As of November 30, 2026" is split at its comma into two cells: read them joined.
    const filled = row.cells.filter((cell) => cell !== '');
    for (const cell of [...filled, filled.join(', ')]) {
      const found = AS_OF.exec(cell);
      if (!found) continue;
      // The date may be followed by more words ("30 Nov 2026 (by due date)"): try the first few.
      const words = (found[1] ?? '').split(WORDS);
      for (let count = Math.min(words.length, 4); count > 0; count -= 1) {
        const candidate = words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, '');
        const read = parseReportDate(candidate, order, today);
        if (read.ok) return read.date;
      }
    }
  }
  return null;
}

/** A row's filled cells as one key, to compare rows with the title block's. */
export function titleKeyOf(cells: readonly string[]): string {
  return cells
    .filter((cell) => cell !== '')
    .join('|')
    .toLowerCase();
}

/** The title block's rows as keys, to tell a title repeated on every page from a customer's name. */
export function titleKeys(titleRows: readonly CsvRow[]): ReadonlySet<string> {
  return new Set(titleRows.map((row) => titleKeyOf(row.cells)).filter((key) => key !== ''));
}
