import type { ImportPhase } from '../../../shared/domain/imports';
import type { ImportJobs } from '../modules/imports/import-jobs';

export type ImportJobName = keyof ImportJobs;

/** Main asks the import worker for one job. */
export interface ImportRequest<J extends ImportJobName = ImportJobName> {
  readonly id: number;
  readonly job: J;
  readonly input: Parameters<ImportJobs[J]>[0];
  /**
   * One Int32 that main sets to 1 to cancel: the worker is busy in a synchronous loop, so a
   * message would only be read after the job had finished.
   */
  readonly cancel: SharedArrayBuffer;
}

export interface ImportCloseRequest {
  readonly close: true;
}

export type ImportMessage = ImportRequest | ImportCloseRequest;

/** Why a job failed: the file, the caller, a call still in progress, or the storage. */
export type ImportFailure = 'unreadable' | 'cancelled' | 'unknown-import' | 'open-call' | 'storage';

export type ImportAnswer =
  | {
      readonly id: number;
      readonly kind: 'progress';
      readonly phase: ImportPhase;
      readonly done: number;
      readonly total: number;
    }
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | {
      readonly id: number;
      readonly kind: 'failed';
      readonly failure: ImportFailure;
      readonly message: string;
      readonly errcode: number | null;
    };

export interface ImportWorkerData {
  readonly file: string;
}
