import type { IsoDate } from './calendar';
import type { HistoryFilters } from './history';

/** The file formats an export can be written in. */
export const EXPORT_FORMATS = ['csv', 'markdown', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What each format is called where the caller chooses one. */
export const EXPORT_FORMAT_LABELS: { readonly [F in ExportFormat]: string } = {
  csv: 'CSV',
  markdown: 'Markdown',
  json: 'JSON',
};

/** Each format's file name ending and media type. */
export const EXPORT_FILE_TYPES: {
  readonly [F in ExportFormat]: { readonly extension: string; readonly mimeType: string };
} = {
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
};

/** At most this many calls can be named one by one; wider exports name an account or dates. */
export const EXPORT_CALL_IDS_MAX = 10_000;

/**
 * What to export. Calls are ended calls only (a call still open is not a record yet), newest
 * first; follow-ups are the open ones, soonest due first, one row each.
 */
export type ExportScope =
  | { readonly kind: 'calls'; readonly callIds: readonly string[] }
  | { readonly kind: 'account'; readonly accountId: number }
  /** Calls started from the first instant of `from` to the last of `to`, local days. */
  | { readonly kind: 'range'; readonly from: IsoDate; readonly to: IsoDate }
  | { readonly kind: 'follow-ups' };

/** One export the caller asked for. */
export interface ExportRequest {
  readonly scope: ExportScope;
  readonly format: ExportFormat;
}

/**
 * How an export ended. `saved`: written to a file the caller chose. `download`: the text, for
 * a page that saves it itself (the browser preview). `cancelled`: the caller closed the save
 * dialog, so nothing was written.
 */
export type ExportOutcome =
  | {
      readonly kind: 'saved';
      readonly path: string;
      readonly fileName: string;
      readonly count: number;
      readonly unit: ExportUnit;
    }
  | {
      readonly kind: 'download';
      readonly fileName: string;
      readonly mimeType: string;
      readonly text: string;
      readonly count: number;
      readonly unit: ExportUnit;
    }
  | { readonly kind: 'cancelled' };

/** What one row of an export stands for. */
export type ExportUnit = 'call' | 'follow-up';

/** How far an export under way has got: rows written of those found. */
export interface ExportProgress {
  readonly exportId: string;
  readonly done: number;
  readonly total: number;
}

/** The unit a scope's rows stand for. */
export function exportUnitOf(scope: ExportScope): ExportUnit {
  return scope.kind === 'follow-ups' ? 'follow-up' : 'call';
}

/** "1 call", "120 calls", "3 follow-ups". */
export function countWords(count: number, unit: ExportUnit): string {
  return `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;
}

const SLUG_MAX = 40;

/** A name as a file name part: lowercase letters and digits joined by dashes. */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).join('-').slice(0, SLUG_MAX).replace(/-+$/, '');
}

/**
 * The file name the save dialog offers: `call-coach-<what>-<today>.<ext>`, where what is the
 * account's name for an account's calls. `today` is the caller's day, from main's clock.
 */
export function exportFileName(
  scope: ExportScope,
  format: ExportFormat,
  today: IsoDate,
  accountName: string | null = null,
): string {
  const what =
    scope.kind === 'account'
      ? slug(accountName ?? '') || 'account'
      : scope.kind === 'range'
        ? 'history'
        : scope.kind;
  return `call-coach-${what}-${today}.${EXPORT_FILE_TYPES[format].extension}`;
}

/** The first day an export of "every call" starts from: before any call was stored. */
const EARLIEST_DAY: IsoDate = '1970-01-01';

/**
 * What exporting History as it is shown means: with no search and only an account or only
 * dates, every call that filter finds (not just the pages loaded); with nothing at all, every
 * call up to `today`; otherwise (search words, an outcome, or both filters), the calls listed.
 * Null when that is nothing.
 */
export function historyExportScope(
  search: string,
  filters: HistoryFilters,
  listedIds: readonly string[],
  today: IsoDate,
): ExportScope | null {
  const hasDates = filters.from !== null || filters.to !== null;
  if (search.trim() === '' && filters.outcomeId === null) {
    if (filters.accountId !== null && !hasDates) {
      return { kind: 'account', accountId: filters.accountId };
    }
    if (filters.accountId === null) {
      const to =
        filters.to ?? (filters.from !== null && filters.from > today ? filters.from : today);
      return { kind: 'range', from: filters.from ?? EARLIEST_DAY, to };
    }
  }
  if (listedIds.length === 0) return null;
  return { kind: 'calls', callIds: listedIds.slice(0, EXPORT_CALL_IDS_MAX) };
}
