import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { ColumnMapping } from '../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../shared/domain/calendar';
import {
  PROBLEMS_LISTED_MAX,
  type ImportChoices,
  type ImportPhase,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/domain/imports';
import {
  readAgingReport,
  ReportUnreadableError,
  type ReadReport,
} from './aging-report/read-report';
import { catchUpEndedCalls } from '../follow-ups/catch-up';
import { createExportJob, type ExportJobInput, type ExportJobResult } from '../exports/export-job';
import { createFollowUpRepository } from '../follow-ups/follow-up-repository';
import { createRetentionJobs, type RetentionJobs } from '../retention/retention-jobs';
import { planImport, storeImport } from './import-store';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The file's bytes. Node's decoder skips characters outside base64 without a word, so text that
 * is not base64 is refused here rather than read as some other file.
 */
function decodeBase64(text: string): Uint8Array {
  if (!BASE64.test(text)) {
    throw new ReportUnreadableError('The file did not arrive whole. Choose it again.');
  }
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** What a running job can ask of whoever started it. */
export interface JobControl {
  isCancelled(): boolean;
  progress(phase: ImportPhase, done: number, total: number): void;
}

export interface ReadInput {
  readonly importId: string;
  readonly fileName: string;
  readonly bytesBase64: string;
  readonly choices: ImportChoices;
  readonly today: IsoDate;
}

export interface RemapInput {
  readonly importId: string;
  readonly choices: ImportChoices;
  readonly today: IsoDate;
}

export interface ApplyInput {
  readonly importId: string;
  /** Epoch milliseconds: when the import is stored. */
  readonly at: number;
  /** The caller's day then: promises are worked out again as of it. */
  readonly today: IsoDate;
}

/**
 * The import worker's work: read a file (the dry run), read it again another way, store it; and
 * the deletions, which are as heavy on the file as an import.
 */
export interface ImportJobs extends RetentionJobs {
  readonly read: (input: ReadInput, control: JobControl) => ImportPreview;
  readonly remap: (input: RemapInput, control: JobControl) => ImportPreview;
  readonly apply: (input: ApplyInput, control: JobControl) => ImportResult;
  /** Forgets a file the caller closed without importing. */
  readonly discard: (importId: string) => null;
  /** Writes calls or follow-ups out as a file or as text; changes nothing stored. */
  readonly export: (input: ExportJobInput, control: JobControl) => ExportJobResult;
  /**
   * At start-up and when the day changes: records the follow-ups of calls ended before they
   * were kept, and works out every promise's status again as of `today` (a date passing breaks
   * a promise). Answers how many calls were caught up.
   */
  readonly catchUp: (
    input: { readonly at: number; readonly today: IsoDate },
    control: JobControl,
  ) => number;
}

/** A file read and waiting for the caller to confirm. */
interface Pending {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly report: ReadReport;
  readonly choices: ImportChoices;
  readonly asOf: IsoDate;
}

/** The request named a file that was never read, or was already imported or closed. */
export class UnknownImportError extends Error {
  constructor() {
    super('That file is no longer open for import. Choose it again.');
    this.name = 'UnknownImportError';
  }
}

/** Jobs over the import worker's own read-write connection. */
export function createImportJobs(db: DatabaseSync): ImportJobs {
  const pending = new Map<string, Pending>();
  const rememberedMapping = db.prepare(
    'SELECT mapping_json FROM import_mappings WHERE signature = ?',
  );
  const followUps = createFollowUpRepository(db);
  const runExport = createExportJob(db);
  const remember = db.prepare(`
    INSERT INTO import_mappings (signature, mapping_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`);

  function remembered(signature: string): ColumnMapping | null {
    const row = rememberedMapping.get(signature) as { mapping_json: string } | undefined;
    return row ? (JSON.parse(row.mapping_json) as ColumnMapping) : null;
  }

  function preview(
    importId: string,
    fileName: string,
    bytes: Uint8Array,
    choices: ImportChoices,
    today: IsoDate,
    control: JobControl,
  ): ImportPreview {
    const report = readAgingReport(bytes, {
      today,
      mapping: choices.mapping,
      rememberedMapping: remembered,
      isCancelled: () => control.isCancelled(),
      onProgress: (done, total) => control.progress('reading', done, total),
    });
    const asOf = report.asOf ?? today;
    const counts = planImport(db, report.invoices, {
      asOf,
      isFull: choices.isFullReport,
      isCancelled: () => control.isCancelled(),
      onProgress: (done, total) => control.progress('checking', done, total),
    });
    pending.set(importId, { fileName, bytes, report, choices, asOf });
    return {
      importId,
      fileName,
      encoding: report.encoding,
      delimiter: report.delimiter,
      // What the preview shows: not the invoices themselves, which stay here until confirmed.
      report: {
        layout: report.layout,
        mapping: report.mapping,
        headers: report.headers,
        sample: report.sample,
        asOf: report.asOf,
        totals: report.totals,
        warnings: report.warnings,
        lineCount: report.lineCount,
        invoiceCount: report.invoices.length,
        problems: report.problems.slice(0, PROBLEMS_LISTED_MAX),
        problemCount: report.problems.length,
      },
      asOf,
      isFullReport: choices.isFullReport,
      counts,
    };
  }

  function pendingImport(importId: string): Pending {
    const found = pending.get(importId);
    if (!found) throw new UnknownImportError();
    return found;
  }

  return {
    ...createRetentionJobs(db),
    read(input, control) {
      // Said before the file is decoded, so the window can offer Cancel from the start.
      control.progress('reading', 0, 0);
      const bytes = decodeBase64(input.bytesBase64);
      return preview(input.importId, input.fileName, bytes, input.choices, input.today, control);
    },
    remap(input, control) {
      const { fileName, bytes } = pendingImport(input.importId);
      return preview(input.importId, fileName, bytes, input.choices, input.today, control);
    },
    apply({ importId, at, today }, control) {
      const { fileName, report, choices, asOf } = pendingImport(importId);
      if (report.invoices.length === 0) {
        throw new ReportUnreadableError(
          'No invoices were read from this file, so there is nothing to import. Say what each column holds and read it again.',
        );
      }
      if (choices.mapping !== null) {
        remember.run(report.signature, JSON.stringify(choices.mapping), at);
      }
      const stored = storeImport(db, report.invoices, {
        fileName,
        layout: report.layout,
        asOf,
        isFull: choices.isFullReport,
        at,
        isCancelled: () => control.isCancelled(),
        onProgress: (done, total) => control.progress('storing', done, total),
      });
      pending.delete(importId);
      // What the report shows paid or still owed decides which promises were kept.
      followUps.refresh(null, today, at);
      return { importId, asOf, counts: stored.counts, isComplete: stored.isComplete };
    },
    discard(importId) {
      pending.delete(importId);
      return null;
    },
    // An export only reads: its progress travels as the worker's 'reading' phase, and the
    // exports module tells the window of it as export progress.
    export: (input, control) =>
      runExport(input, {
        isCancelled: () => control.isCancelled(),
        progress: (done, total) => control.progress('reading', done, total),
      }),
    catchUp({ at, today }, control) {
      const caughtUp = catchUpEndedCalls(db, at, console, (done, total) =>
        control.progress('storing', done, total),
      );
      followUps.refresh(null, today, at);
      return caughtUp;
    },
  };
}
