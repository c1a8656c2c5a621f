import type {
  ColumnMapping,
  ColumnRole,
  LayoutId,
} from '../../../../../shared/domain/aging-report';
import { ReportUnreadableError } from './errors';
import {
  guessRoles,
  headerSignature,
  looksLikeHeader,
  missingRoles,
  recogniseLayout,
} from './layouts';
import type { CsvRow } from './parse-csv';

/** The header row found, and how its columns are read. */
export interface HeaderChoice {
  /** Index of the header in the rows. */
  readonly index: number;
  readonly layout: LayoutId;
  /** One per header cell. */
  readonly roles: readonly ColumnRole[];
  /** The caller's or a remembered mapping: its date order and decimal mark are used as they are. */
  readonly mapping: ColumnMapping | null;
  /** True when no row names report columns and the header is only the widest first row. */
  readonly isAGuess?: boolean;
}

/** A header further down than this is not one: title blocks are a few lines. */
const HEADER_SCAN_ROWS = 100;

/** What the caller hears when no row names report columns. */
export const NO_HEADER_MESSAGE = `No header row was found: none of the first ${HEADER_SCAN_ROWS} rows names columns such as Customer, Invoice number and Open balance. Choose the header line and say what each column holds to read this report.`;

function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell === '');
}

/** Roles cut or padded to the header's width. */
function fitRoles(roles: readonly ColumnRole[], width: number): ColumnRole[] {
  return Array.from({ length: width }, (_, index) => roles[index] ?? 'ignore');
}

function mappedHeader(rows: readonly CsvRow[], mapping: ColumnMapping): HeaderChoice {
  // A header cell can span lines: the row holding the line is the header.
  const index = rows.findIndex((row, at) => {
    const nextLine = rows[at + 1]?.line ?? row.line + 1;
    return row.line <= mapping.headerLine && mapping.headerLine < nextLine;
  });
  const row = rows[index];
  if (!row) {
    throw new ReportUnreadableError(
      `Line ${mapping.headerLine}, the header line of the column mapping, is not in this file. Choose the header line again.`,
    );
  }
  return {
    index,
    layout: 'mapped',
    roles: fitRoles(mapping.roles, row.cells.length),
    mapping: { ...mapping, headerLine: row.line },
  };
}

/**
 * The header row: the caller's mapping's line; else the first row that a remembered mapping or
 * a known layout recognises; else the first that names report columns; else, so that the caller
 * can still map the columns from a preview, the widest of the first rows (a title line is
 * narrower than the table), marked as a guess.
 */
export function findHeader(
  rows: readonly CsvRow[],
  mapping: ColumnMapping | null,
  rememberedMapping: ((signature: string) => ColumnMapping | null) | undefined,
): HeaderChoice {
  if (mapping) return mappedHeader(rows, mapping);
  const scanned = rows.slice(0, HEADER_SCAN_ROWS);
  for (const [index, row] of scanned.entries()) {
    if (isBlank(row)) continue;
    const remembered = rememberedMapping?.(headerSignature(row.cells)) ?? null;
    // A mapping remembered for other spacer columns would put roles on the wrong cells.
    if (remembered && remembered.roles.length === row.cells.length) {
      const choice = { ...remembered, headerLine: row.line };
      return { index, layout: 'mapped', roles: remembered.roles, mapping: choice };
    }
    const known = recogniseLayout(row.cells);
    if (known) return { index, layout: known.layout, roles: known.roles, mapping: null };
  }
  const guessed = scanned.findIndex((row) => looksLikeHeader(row.cells));
  const row = scanned[guessed];
  if (!row) return widestRow(scanned);
  const roles = guessRoles(row.cells);
  const layout = missingRoles(roles, 'guessed').length > 0 ? 'unknown' : 'guessed';
  return { index: guessed, layout, roles, mapping: null };
}

/** The first of the widest rows, with no role for any column: the caller says what they hold. */
function widestRow(rows: readonly CsvRow[]): HeaderChoice {
  const width = (row: CsvRow) => row.cells.filter((cell) => cell !== '').length;
  let index = rows.findIndex((row) => !isBlank(row));
  for (const [at, row] of rows.entries()) if (width(row) > width(rows[index]!)) index = at;
  const roles = fitRoles([], rows[index]?.cells.length ?? 0);
  return { index, layout: 'unknown', roles, mapping: null, isAGuess: true };
}
