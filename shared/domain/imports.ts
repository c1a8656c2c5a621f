import type { AgingReport, ColumnMapping } from './aging-report';
import type { IsoDate } from './calendar';

/** An import file is refused above this size: far beyond any aging report (some 300,000 rows). */
export const IMPORT_FILE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * A report wider than this is not an aging report (and a mapping that long is not a mapping):
 * a file with a line wider than this is refused.
 */
export const IMPORT_COLUMNS_MAX = 500;

/** The preview lists at most this many unusable rows; the rest are counted. */
export const PROBLEMS_LISTED_MAX = 2_000;

/** A file chosen for import, as the window read it. */
export interface ImportFile {
  readonly name: string;
  /** The file's bytes in base64: the encoding is the reader's to work out, not the window's. */
  readonly bytesBase64: string;
}

/** What the caller decided in the preview. */
export interface ImportChoices {
  /** The caller's column mapping, or null for the one recognised (or remembered). */
  readonly mapping: ColumnMapping | null;
  /**
   * True when the report lists every open invoice: invoices it no longer lists are then closed
   * (paid) as of its date. A report filtered to some customers must not close the others'.
   */
  readonly isFullReport: boolean;
}

export interface ChangeCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** What storing a report would change, or changed. */
export interface ImportCounts {
  readonly accounts: ChangeCounts;
  readonly invoices: ChangeCounts & {
    /** Open invoices the report no longer lists, closed as of its date. */
    readonly closed: number;
  };
  /** Invoices this report is older about than what is stored: left as they are. */
  readonly older: number;
}

/** The dry run: what was read and what storing it would change. Nothing is stored yet. */
export interface ImportPreview {
  readonly importId: string;
  readonly fileName: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly report: Omit<AgingReport, 'invoices' | 'problems'> & {
    readonly invoiceCount: number;
    /** The first `PROBLEMS_LISTED_MAX` unusable rows. */
    readonly problems: AgingReport['problems'];
    readonly problemCount: number;
  };
  /** The date the invoices are stored as of: the report's own, else the day of the import. */
  readonly asOf: IsoDate;
  readonly isFullReport: boolean;
  readonly counts: ImportCounts;
}

/** What an import stored. */
export interface ImportResult {
  readonly importId: string;
  readonly asOf: IsoDate;
  readonly counts: ImportCounts;
  /** False when it was stopped part-way: what was stored stays, and importing again finishes it. */
  readonly isComplete: boolean;
}

export type ImportPhase = 'reading' | 'checking' | 'storing';

/** How far a long import has got. */
export interface ImportProgress {
  readonly importId: string;
  readonly phase: ImportPhase;
  readonly done: number;
  readonly total: number;
}
