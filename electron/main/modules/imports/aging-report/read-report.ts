import {
  COLUMN_ROLE_LABELS,
  type AgingReport,
  type ColumnMapping,
  type ColumnRole,
  type DateOrder,
  type DecimalMark,
  type LayoutId,
  type ReportInvoice,
  type RowProblem,
  type TotalCheck,
} from '../../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../../shared/domain/calendar';
import type { Cents } from '../../../../../shared/domain/money';
import { classifyRow } from './classify-row';
import { cellAt, planColumns, type ColumnPlan } from './column-plan';
import { detectDateOrder, detectDecimalMark, formatCents } from './conventions';
import { decodeReport, type ReportEncoding } from './decode';
import { ImportCancelledError, ReportUnreadableError } from './errors';
import { findHeader, NO_HEADER_MESSAGE, type HeaderChoice } from './find-header';
import { readInvoiceRow, type InvoiceRowContext } from './invoice-row';
import { headerSignature, layoutDateOrder, missingRoles } from './layouts';
import { parseCsv, type CsvRow, type Delimiter } from './parse-csv';
import { readAsOf, titleKeyOf, titleKeys } from './title-block';
import { createTotalTracker } from './totals';
import { parseAmount } from './values';

export { ImportCancelledError, ReportUnreadableError } from './errors';

export interface ReadAgingReportOptions {
  /** The day of the import: two-digit years are read around it. */
  readonly today: IsoDate;
  /** The caller's mapping; null or absent to recognise the layout. */
  readonly mapping?: ColumnMapping | null;
  /** A mapping the caller made earlier for this header layout (by `headerSignature`). */
  readonly rememberedMapping?: (signature: string) => ColumnMapping | null;
  /** Asked every thousand rows or so; true stops the reading with `ImportCancelledError`. */
  readonly isCancelled?: () => boolean;
  readonly onProgress?: (linesDone: number, lineCount: number) => void;
}

/** An aging report as read, with how its file was written and its header's signature. */
export type ReadReport = AgingReport & {
  readonly encoding: ReportEncoding;
  readonly delimiter: Delimiter;
  /** The header's `headerSignature`, to remember a mapping by. */
  readonly signature: string;
};

const SAMPLE_ROWS = 8;
const CHECK_EVERY_ROWS = 1_000;
const MISMATCHES_LISTED = 5;

const NO_ROWS_MESSAGE =
  'The file has no rows, only blank lines. Export the aging report again and choose that file.';

interface Conventions {
  readonly dateOrder: DateOrder;
  readonly decimalMark: DecimalMark;
  readonly warnings: readonly string[];
}

interface ReadRows {
  readonly invoices: ReportInvoice[];
  readonly problems: RowProblem[];
  readonly totals: TotalCheck[];
}

function isBlank(row: CsvRow): boolean {
  return row.cells.every((cell) => cell === '');
}

function cellsIn(rows: readonly CsvRow[], columns: readonly number[]): string[] {
  const cells: string[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const cell = cellAt(row.cells, column);
      if (cell !== '') cells.push(cell);
    }
  }
  return cells;
}

/** The date order and decimal mark: the mapping's, else what the file shows, else a guess. */
function conventionsOf(
  header: HeaderChoice,
  body: readonly CsvRow[],
  plan: ColumnPlan,
  delimiter: Delimiter,
  today: IsoDate,
): Conventions {
  if (header.mapping) {
    const { dateOrder, decimalMark } = header.mapping;
    return { dateOrder, decimalMark, warnings: [] };
  }
  const decimal = detectDecimalMark(cellsIn(body, plan.amounts), delimiter === ';' ? ',' : '.');
  // Files with decimal commas or semicolons come from countries that write the day first.
  const isEuropean = decimal.value === ',' || delimiter === ';';
  const fallback = layoutDateOrder(header.layout) ?? (isEuropean ? 'day-first' : 'month-first');
  const date = detectDateOrder(cellsIn(body, plan.dates), fallback, today);
  const warnings = [date.warning, decimal.warning].filter((warning) => warning !== null);
  return { dateOrder: date.value, decimalMark: decimal.value, warnings };
}

/** The amount a total or group row states: its open balance, else its periods added up. */
function statedAmount(
  cells: readonly string[],
  plan: ColumnPlan,
  mark: DecimalMark,
): { readonly cents: Cents | null } | { readonly text: string; readonly reason: string } {
  const own = cellAt(cells, plan.openBalance);
  const texts = own !== '' ? [own] : plan.buckets.map((index) => cellAt(cells, index));
  let cents: Cents | null = null;
  for (const text of texts) {
    if (text === '') continue;
    const read = parseAmount(text, mark);
    if (!read.ok) return { text, reason: read.reason };
    cents = (cents ?? 0) + read.cents;
  }
  return { cents };
}

function missingWarning(missing: readonly ColumnRole[], layout: LayoutId): string {
  const names = missing.map((role) => COLUMN_ROLE_LABELS[role].toLowerCase());
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  const lacking =
    layout === 'mapped'
      ? `The column mapping has no column for the ${list}`
      : `No column was found for the ${list}`;
  return `${lacking}, so no invoices were read. Say what each column holds to read this report.`;
}

function mismatchWarnings(totals: readonly TotalCheck[], mark: DecimalMark): string[] {
  const mismatched = totals.filter((total) => total.statedCents !== total.readCents);
  const listed = mismatched
    .slice(0, MISMATCHES_LISTED)
    .map(
      (total) =>
        `Line ${total.line}: the report's "${total.label}" says ${formatCents(total.statedCents, mark)}, but the invoice lines it covers add up to ${formatCents(total.readCents, mark)}.`,
    );
  const more = mismatched.length - listed.length;
  return more > 0 ? [...listed, `${more} more totals do not match their invoice lines.`] : listed;
}

interface Walk {
  readonly body: readonly CsvRow[];
  readonly repeats: Repeats;
  readonly context: InvoiceRowContext;
  readonly lineCount: number;
  readonly options: ReadAgingReportOptions;
}

interface Repeats {
  /** The header again, as exports through Excel print it on every page. */
  isHeader(cells: readonly string[]): boolean;
  /** A line of the title block again, above a repeated header. */
  isTitle(cells: readonly string[]): boolean;
}

function repeatsOf(header: CsvRow, titleRows: readonly CsvRow[]): Repeats {
  const titles = titleKeys(titleRows);
  const signature = headerSignature(header.cells);
  const headerFirst = (header.cells.find((cell) => cell !== '') ?? '').toLowerCase();
  return {
    isHeader(cells: readonly string[]): boolean {
      const first = cells.find((cell) => cell !== '') ?? '';
      return first.toLowerCase() === headerFirst && headerSignature(cells) === signature;
    },
    isTitle(cells: readonly string[]): boolean {
      return titles.has(titleKeyOf(cells));
    },
  };
}

/** Reads every row below the header into invoices, problems and total checks. */
function walkRows(walk: Walk): ReadRows {
  const { body, repeats, context, options } = walk;
  const groupRowsHaveTotals = context.plan.customer < 0;
  const tracker = createTotalTracker();
  const invoices: ReportInvoice[] = [];
  const problems: RowProblem[] = [];
  let groupCustomer: string | null = null;
  let isPastGrandTotal = false;
  for (const [index, row] of body.entries()) {
    if (index % CHECK_EVERY_ROWS === 0) {
      if (options.isCancelled?.()) throw new ImportCancelledError();
      options.onProgress?.(row.line, walk.lineCount);
    }
    const kind = classifyRow(row.cells, context.plan, groupRowsHaveTotals);
    if (kind.kind === 'blank' || kind.kind === 'footer') continue;
    if (kind.kind === 'section') {
      tracker.startSection(kind.label);
    } else if (kind.kind === 'group') {
      // Below the grand total, lone lines are the report's footer, not customers.
      if (isPastGrandTotal || repeats.isTitle(row.cells)) continue;
      const stated = kind.hasTotals
        ? statedAmount(row.cells, context.plan, context.decimalMark)
        : null;
      tracker.startGroup(row.line, kind.label, stated && 'cents' in stated ? stated.cents : null);
      groupCustomer = kind.label;
    } else if (kind.kind === 'total') {
      const stated = statedAmount(row.cells, context.plan, context.decimalMark);
      if ('reason' in stated) {
        const reason = `Line ${row.line}: the total "${stated.text}" ${stated.reason}.`;
        problems.push({ line: row.line, reason });
      }
      const cents = 'cents' in stated ? stated.cents : null;
      const closed = tracker.total(row.line, kind.label, kind.scope, cents);
      if (closed !== 'section') groupCustomer = null;
      isPastGrandTotal ||= closed === 'report';
    } else if (!repeats.isHeader(row.cells)) {
      const read = readInvoiceRow(row.line, row.cells, context, groupCustomer);
      if (read.ok) {
        invoices.push(read.invoice);
        tracker.addInvoice(read.invoice.openCents);
      } else {
        problems.push(read.problem);
      }
    }
  }
  options.onProgress?.(walk.lineCount, walk.lineCount);
  return { invoices, problems, totals: tracker.finish() };
}

/** The first rows below the header as written, for the caller to map the columns by. */
function sampleOf(body: readonly CsvRow[], repeats: Repeats): AgingReport['sample'] {
  const sample: { line: number; cells: readonly string[] }[] = [];
  for (const row of body) {
    if (sample.length === SAMPLE_ROWS) break;
    if (isBlank(row) || repeats.isHeader(row.cells)) continue;
    sample.push({ line: row.line, cells: row.cells });
  }
  return sample;
}

/**
 * Reads an AR-aging report file into its invoices, without storing anything: the file's
 * encoding and delimiter, its header and layout (known, remembered, mapped or guessed), its
 * conventions for dates and amounts, and every row that cannot be used with the reason why.
 * Throws `ReportUnreadableError` when the file cannot be read at all and `ImportCancelledError`
 * when cancelled.
 */
export function readAgingReport(bytes: Uint8Array, options: ReadAgingReportOptions): ReadReport {
  const decoded = decodeReport(bytes);
  const csv = parseCsv(decoded.text);
  if (csv.rows.every(isBlank)) throw new ReportUnreadableError(NO_ROWS_MESSAGE);
  const header = findHeader(csv.rows, options.mapping ?? null, options.rememberedMapping);
  const headerRow = csv.rows[header.index] ?? { line: 1, cells: [] };
  const titleRows = csv.rows.slice(0, header.index);
  const body = csv.rows.slice(header.index + 1);
  const plan = planColumns(header.roles);
  const conventions = conventionsOf(header, body, plan, csv.delimiter, options.today);
  const mapping: ColumnMapping = {
    headerLine: headerRow.line,
    roles: header.roles,
    dateOrder: conventions.dateOrder,
    decimalMark: conventions.decimalMark,
  };
  const missing = missingRoles(header.roles, header.layout);
  const repeats = repeatsOf(headerRow, titleRows);
  const warnings = [...conventions.warnings];
  let rows: ReadRows = { invoices: [], problems: [], totals: [] };
  if (header.isAGuess) {
    warnings.push(NO_HEADER_MESSAGE);
  } else if (missing.length > 0) {
    warnings.push(missingWarning(missing, header.layout));
  } else {
    const context = {
      plan,
      headers: headerRow.cells,
      dateOrder: conventions.dateOrder,
      decimalMark: conventions.decimalMark,
      today: options.today,
    };
    rows = walkRows({ body, repeats, context, lineCount: csv.lineCount, options });
    warnings.push(...mismatchWarnings(rows.totals, conventions.decimalMark));
    if (rows.invoices.length === 0 && rows.problems.length === 0) {
      warnings.push(`No invoice lines were found below the header on line ${headerRow.line}.`);
    }
  }
  return {
    layout: header.layout,
    mapping,
    headers: headerRow.cells,
    sample: sampleOf(body, repeats),
    asOf: readAsOf(titleRows, conventions.dateOrder, options.today),
    ...rows,
    warnings,
    lineCount: csv.lineCount,
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    signature: headerSignature(headerRow.cells),
  };
}
