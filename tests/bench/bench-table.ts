// One table for the bench figures, in the storage bench's columns: each figure beside the floor it
// is a ratio of, and its target ticked or crossed. Nothing here fails a run: a missed target is ✗.

/** A target for one figure, and whether this run met it. */
export interface Target {
  readonly text: string;
  readonly isMet: boolean;
}

export interface BenchRow {
  readonly measure: string;
  readonly size: string;
  /** What floorMs and measuredMs count, when not milliseconds (sizes: "KB"; counts: "nodes"). */
  readonly unit?: string;
  /** The floor measured in the same run; null where a figure has none. */
  readonly floorMs: number | null;
  readonly measuredMs: number;
  readonly target: Target | null;
}

export const atMostMs = (limit: number, value: number): Target => ({
  text: `≤ ${limit} ms`,
  isMet: value <= limit,
});

export const atMostTimes = (limit: number, floor: number, value: number): Target => ({
  text: `≤ ${limit}×`,
  isMet: value / floor <= limit,
});

/** Every one of `targets`, met only when all are. */
export const allOf = (...targets: readonly Target[]): Target => ({
  text: targets.map((target) => target.text).join(' and '),
  isMet: targets.every((target) => target.isMet),
});

export function formatMs(value: number): string {
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

function ratio(row: BenchRow): string {
  if (row.floorMs === null) return '—';
  if (row.floorMs === 0) return row.measuredMs === 0 ? '1.00×' : '∞';
  return `${(row.measuredMs / row.floorMs).toFixed(2)}×`;
}

/** A figure in its unit: milliseconds bare, as the columns say; anything else named. */
function formatFigure(value: number, unit: string | undefined): string {
  if (unit === undefined || unit === 'ms') return formatMs(value);
  return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : formatMs(value)} ${unit}`;
}

/** The rows as lines of text: measure, size, floor, measured, ratio, target. */
export function formatBenchTable(rows: readonly BenchRow[]): string[] {
  const header = ['measure', 'size', 'floor ms', 'measured ms', 'ratio', 'target'];
  const cells = rows.map((row) => [
    row.measure,
    row.size,
    row.floorMs === null ? '—' : formatFigure(row.floorMs, row.unit),
    formatFigure(row.measuredMs, row.unit),
    ratio(row),
    row.target === null ? '—' : `${row.target.text} ${row.target.isMet ? '✓' : '✗'}`,
  ]);
  return textTable(header, cells, [0, 5]);
}

/**
 * Lines of a plain-text table: a header, a rule and the rows, columns padded to their widest
 * cell; the columns listed in `textColumns` are left-aligned, numbers are right-aligned.
 */
export function textTable(
  header: readonly string[],
  cells: readonly (readonly string[])[],
  textColumns: readonly number[],
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, column) =>
        textColumns.includes(column)
          ? value.padEnd(widths[column]!)
          : value.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)];
}
