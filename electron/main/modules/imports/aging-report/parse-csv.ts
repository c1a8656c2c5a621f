import { CsvError, parse, type Options } from 'csv-parse/sync';
import { IMPORT_COLUMNS_MAX } from '../../../../../shared/domain/imports';
import { ReportUnreadableError } from './errors';

export type Delimiter = ',' | ';' | '\t';

/** One record of the file, with the line it starts on (a quoted cell can span lines). */
export interface CsvRow {
  /** 1-based line number in the file. */
  readonly line: number;
  /** Trimmed cells. */
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly delimiter: Delimiter;
  readonly rows: readonly CsvRow[];
  /** Lines in the file. */
  readonly lineCount: number;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const SNIFF_LINES = 50;
const LINE_BREAKS = /\r\n?/g;
/**
 * Characters in one record, for the parser's `max_record_size`: a line of an aging report is a
 * few hundred. Past this the file is something else (or one stray quote ran every line together),
 * and reading on would only hold the worker and its memory.
 */
const RECORD_CHARACTERS_MAX = 1_000_000;

const withCommas = (value: number) => value.toLocaleString('en-US');

/** The parser's `on_record`: a record wider than any report refuses the file, naming its line. */
function refuseWideRecord(record: string[], info: { readonly lines: number }): string[] {
  if (record.length <= IMPORT_COLUMNS_MAX) return record;
  // `lines` counts the width line put first, and a record is numbered by its last line.
  throw new ReportUnreadableError(
    `Line ${info.lines - 1} has ${withCommas(record.length)} columns, but an aging report has at most ${withCommas(IMPORT_COLUMNS_MAX)}. Check that you chose the report itself, or export it again as CSV.`,
  );
}

/** How many times each candidate occurs outside quotes, per non-blank line of the first lines. */
function countsPerLine(text: string): Map<Delimiter, number[]> {
  const counts = new Map<Delimiter, number[]>(CANDIDATES.map((candidate) => [candidate, []]));
  const current = new Map<Delimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let isQuoted = false;
  let hasText = false;
  let lines = 0;
  const endLine = (): void => {
    if (hasText) {
      for (const candidate of CANDIDATES) counts.get(candidate)?.push(current.get(candidate) ?? 0);
    }
    for (const candidate of CANDIDATES) current.set(candidate, 0);
    hasText = false;
    lines += 1;
  };
  for (let index = 0; index < text.length && lines < SNIFF_LINES; index += 1) {
    const char = text[index] ?? '';
    if (char === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (char === '\n') endLine();
    else if (char === ',' || char === ';' || char === '\t') {
      current.set(char, (current.get(char) ?? 0) + 1);
    } else if (char !== ' ' && char !== '\r') hasText = true;
  }
  if (hasText) endLine();
  return counts;
}

/** The most common non-zero count and how many lines have it. */
function consistency(counts: readonly number[]): {
  readonly lines: number;
  readonly count: number;
} {
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = { lines: 0, count: 0 };
  for (const [count, lines] of tally) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { lines, count };
  }
  return best;
}

/** The delimiter, and how many cells most of the first lines have with it. */
function sniff(text: string): { readonly delimiter: Delimiter; readonly width: number } {
  const counts = countsPerLine(text);
  let best: Delimiter = ',';
  let bestScore = { lines: 0, count: 0 };
  for (const candidate of CANDIDATES) {
    const score = consistency(counts.get(candidate) ?? []);
    const isBetter =
      score.lines > bestScore.lines ||
      (score.lines === bestScore.lines && score.count > bestScore.count);
    if (isBetter) {
      best = candidate;
      bestScore = score;
    }
  }
  return { delimiter: best, width: bestScore.count + 1 };
}

/**
 * The delimiter of a CSV file: of comma, semicolon and tab, the one that splits the most of the
 * first lines into the same number of cells. Decimal commas in a semicolon file vary from line
 * to line, so they lose to the semicolons; a file with none of them is read with commas.
 */
export function detectDelimiter(text: string): Delimiter {
  return sniff(text).delimiter;
}

/** `"Acme, Inc" ` (a space after the closing quote) is kept whole by the parser, quotes and all. */
function cleanCell(cell: string): string {
  const trimmed = cell.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replaceAll('""', '"').trim();
  }
  return trimmed;
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Where each record starts, the width line being line 0: quoted cells keep their line breaks. */
function startLinesOf(records: readonly (readonly string[])[]): number[] {
  const starts: number[] = [];
  let line = 0;
  for (const record of records) {
    starts.push(line);
    line += 1;
    for (const cell of record) {
      for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) line += 1;
    }
  }
  return starts;
}

function parseOptions(delimiter: Delimiter, to?: number): Options {
  return {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // Only the left: trimming the right makes the parser refuse `"Acme" Inc`.
    ltrim: true,
    max_record_size: RECORD_CHARACTERS_MAX,
    on_record: refuseWideRecord,
    ...(to === undefined ? {} : { to }),
  };
}

/** The parser's error in the caller's words, with the line the trouble starts on. */
function unreadable(error: CsvError, input: string, delimiter: Delimiter): ReportUnreadableError {
  // Reading again just the records before the error tells where the bad one starts.
  const count = typeof error.records === 'number' ? error.records : 0;
  const before = count > 0 ? parse(input, parseOptions(delimiter, count)) : [];
  const line = startLinesOf([...before, []]).at(-1) ?? 1;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ReportUnreadableError(
      `Line ${line} is longer than ${withCommas(RECORD_CHARACTERS_MAX)} characters, far longer than a line of an aging report. Check that you chose the report itself; if you did, a stray quotation mark on that line may have run the lines after it together.`,
    );
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new ReportUnreadableError(
      `Line ${line} starts a quoted value that never ends, so the file cannot be read past it. Look for a stray quotation mark on that line, or export the report again.`,
    );
  }
  return new ReportUnreadableError(
    `Line ${line} could not be read as CSV (${error.message}). Export the report again, or check that line in a text editor.`,
  );
}

/**
 * Splits a report's text into rows of trimmed cells, each with the line it starts on. Rows may
 * have any number of cells; quotes inside unquoted cells are kept as written.
 */
export function parseCsv(text: string, delimiter?: Delimiter): ParsedCsv {
  // One kind of line break: quoted cells then hold exactly the line breaks they span.
  const normalised = text.replace(LINE_BREAKS, '\n');
  const sniffed = sniff(normalised);
  const used = delimiter ?? sniffed.delimiter;
  // The parser builds an error (stack trace and all) for every record whose width differs from
  // the first record's, even when told to accept it. A title line first would make that every
  // data row: a first line as wide as most rows keeps it to the few odd ones. It is dropped below.
  // Never wider than a report may be: a wider line is refused, with its own line number.
  const width = Math.min(sniffed.width, IMPORT_COLUMNS_MAX);
  const input = `${used.repeat(Math.max(width - 1, 0))}\n${normalised}`;
  let records: string[][];
  try {
    records = parse(input, parseOptions(used));
  } catch (error) {
    throw error instanceof CsvError ? unreadable(error, input, used) : error;
  }
  const starts = startLinesOf(records);
  const rows: CsvRow[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index] ?? [];
    for (let cell = 0; cell < cells.length; cell += 1) cells[cell] = cleanCell(cells[cell] ?? '');
    rows.push({ line: starts[index] ?? 0, cells });
  }
  return { delimiter: used, rows, lineCount: countLines(normalised) };
}
