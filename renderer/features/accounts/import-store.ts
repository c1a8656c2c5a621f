import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ColumnMapping } from '../../../shared/domain/aging-report';
import {
  IMPORT_FILE_MAX_BYTES,
  type ImportChoices,
  type ImportFile,
  type ImportPreview,
  type ImportProgress,
  type ImportResult,
} from '../../../shared/domain/imports';
import type { CallCoachApi } from '../../../shared/ipc/api';
import type { AppError } from '../../../shared/ipc/result';
import { megabytes } from './import-format';
import { readFileAsBase64 } from './import-file';

/** Why a request about the file failed, in main's words. */
export interface ImportFailure {
  readonly message: string;
  readonly issues: readonly string[];
}

/** Where the import of an aging report stands. */
export type ImportStage =
  | { readonly status: 'idle' }
  | {
      readonly status: 'reading';
      readonly fileName: string;
      /** Main names the import; null until its first progress report arrives. */
      readonly importId: string | null;
      readonly progress: ImportProgress | null;
      readonly isCancelling: boolean;
      /** Reading the same file again: the preview shown until the new one arrives. */
      readonly previous: ImportPreview | null;
      /** The revision of `previous`: the caller's column edits stay while it is read again. */
      readonly revision: number;
      readonly choices: ImportChoices;
    }
  | {
      readonly status: 'preview';
      readonly preview: ImportPreview;
      readonly choices: ImportChoices;
      /** Grows with each preview of the same file, so edits made for an older one are dropped. */
      readonly revision: number;
      /** Why reading the file again failed; the preview is the one from before. */
      readonly error: ImportFailure | null;
    }
  | {
      readonly status: 'storing';
      readonly preview: ImportPreview;
      readonly progress: ImportProgress | null;
      readonly isCancelling: boolean;
    }
  | {
      readonly status: 'done';
      readonly fileName: string;
      readonly result: ImportResult;
      readonly isFullReport: boolean;
    }
  | {
      readonly status: 'error';
      readonly fileName: string;
      /** Reading stores nothing; storing may have stored part of the file. */
      readonly step: 'read' | 'store';
      readonly failure: ImportFailure;
    };

export interface ImportActions {
  /** Reads the chosen file as a dry run: nothing is stored until `apply`. */
  choose: (file: File) => Promise<void>;
  /** Reads the file of the preview again with the caller's column mapping. */
  remap: (mapping: ColumnMapping) => Promise<void>;
  /** Reads the file of the preview again, as a full report or not. */
  setFullReport: (isFullReport: boolean) => Promise<void>;
  /** Stores the file as the preview shows it. */
  apply: () => Promise<void>;
  /** Stops the read or the import under way. */
  cancel: () => void;
  /** Closes the previewed file without importing it. */
  discard: () => void;
}

export interface ImportState {
  readonly stage: ImportStage;
  /** A calm word about the last thing that ended without a result (a read stopped, a file closed). */
  readonly notice: string | null;
  readonly actions: ImportActions;
}

export type ImportStore = StoreApi<ImportState>;

const FIRST_CHOICES: ImportChoices = { mapping: null, isFullReport: true };

const stoppedReading = (fileName: string) => `Stopped reading “${fileName}”. Nothing was stored.`;

const failureOf = (error: AppError): ImportFailure => ({
  message: error.message,
  issues: error.issues ?? [],
});

/**
 * Importing an aging report: read it (the dry run), let the caller check and correct the preview,
 * then store it. One file at a time; a newer step makes the answers of older ones moot.
 */
export function createImportStore(api: CallCoachApi): ImportStore {
  // Each step (read, read again, store) has a number; only the latest one's answers count.
  let latestStep = 0;
  // Imports this window has already seen: a progress report for another is not the new read's.
  const knownIds = new Set<string>();
  let revision = 0;

  return createStore<ImportState>()((set, get) => {
    /** Follows main's progress reports for the step under way until `stop` is called. */
    function followProgress(step: number): () => void {
      return api.events.importProgress((progress) => {
        if (step !== latestStep) return;
        const { stage } = get();
        if (stage.status === 'storing') {
          if (progress.importId === stage.preview.importId) set({ stage: { ...stage, progress } });
          return;
        }
        if (stage.status !== 'reading') return;
        if (stage.importId === null) {
          // Main names a new import only in its answer and its progress: the first report of an
          // import not seen before is this read's.
          if (knownIds.has(progress.importId)) return;
          knownIds.add(progress.importId);
          set({ stage: { ...stage, importId: progress.importId, progress } });
          if (stage.isCancelling) void api.imports.cancel(progress.importId);
          return;
        }
        if (progress.importId === stage.importId) set({ stage: { ...stage, progress } });
      });
    }

    function showPreview(preview: ImportPreview, choices: ImportChoices): void {
      knownIds.add(preview.importId);
      revision += 1;
      set({ stage: { status: 'preview', preview, choices, revision, error: null } });
    }

    async function readAgain(choices: ImportChoices): Promise<void> {
      const { stage } = get();
      if (stage.status !== 'preview') return;
      const { preview } = stage;
      const step = ++latestStep;
      set({
        notice: null,
        stage: {
          status: 'reading',
          fileName: preview.fileName,
          importId: preview.importId,
          progress: null,
          isCancelling: false,
          previous: preview,
          revision: stage.revision,
          choices,
        },
      });
      const stop = followProgress(step);
      const result = await api.imports.remap(preview.importId, choices);
      stop();
      if (step !== latestStep) return;
      // A read again that finished before the cancel reached main is the one main now keeps.
      if (result.ok) {
        showPreview(result.value, choices);
        return;
      }
      const current = get().stage;
      const wasCancelled = current.status === 'reading' && current.isCancelling;
      // Main keeps the file as it was last read: the preview from before still holds, and so do
      // the caller's edits to its columns (the same revision).
      set({
        notice: wasCancelled ? 'Stopped. The preview is as it was before.' : null,
        stage: {
          status: 'preview',
          preview,
          choices: stage.choices,
          revision: stage.revision,
          error: wasCancelled ? null : failureOf(result.error),
        },
      });
    }

    function refuse(fileName: string, message: string): void {
      set({
        notice: null,
        stage: {
          status: 'error',
          fileName,
          step: 'read',
          failure: { message, issues: [] },
        },
      });
    }

    function startReading(fileName: string, choices: ImportChoices): void {
      set({
        notice: null,
        stage: {
          status: 'reading',
          fileName,
          importId: null,
          progress: null,
          isCancelling: false,
          previous: null,
          revision: 0,
          choices,
        },
      });
    }

    const isCancelling = () => {
      const { stage } = get();
      return stage.status === 'reading' && stage.isCancelling;
    };

    /** Sends the file to main to read, in the reading stage `startReading` began. */
    async function read(step: number, file: ImportFile, choices: ImportChoices): Promise<void> {
      if (isCancelling()) {
        set({ stage: { status: 'idle' }, notice: stoppedReading(file.name) });
        return;
      }
      const stop = followProgress(step);
      const result = await api.imports.read(file, choices);
      stop();
      if (step !== latestStep || isCancelling()) {
        // The read may have finished before the cancel reached main: close what it opened.
        if (result.ok) void api.imports.discard(result.value.importId);
        if (step === latestStep) {
          set({ stage: { status: 'idle' }, notice: stoppedReading(file.name) });
        }
        return;
      }
      if (result.ok) {
        showPreview(result.value, choices);
        return;
      }
      set({
        stage: {
          status: 'error',
          fileName: file.name,
          step: 'read',
          failure: failureOf(result.error),
        },
      });
    }

    return {
      stage: { status: 'idle' },
      notice: null,
      actions: {
        async choose(file) {
          const step = ++latestStep;
          const { stage } = get();
          if (stage.status === 'preview') void api.imports.discard(stage.preview.importId);
          if (file.size > IMPORT_FILE_MAX_BYTES) {
            refuse(
              file.name,
              `This file is ${megabytes(file.size)}, larger than the ${megabytes(IMPORT_FILE_MAX_BYTES)} an aging report can be, so it was not read. Check that you chose the report itself.`,
            );
            return;
          }
          startReading(file.name, FIRST_CHOICES);
          let bytesBase64: string;
          try {
            bytesBase64 = await readFileAsBase64(file);
          } catch {
            if (step === latestStep) {
              refuse(
                file.name,
                'This file could not be read. Check that it is still there and try again.',
              );
            }
            return;
          }
          if (step !== latestStep) return;
          await read(step, { name: file.name, bytesBase64 }, FIRST_CHOICES);
        },

        remap: (mapping) => {
          const { stage } = get();
          if (stage.status !== 'preview') return Promise.resolve();
          return readAgain({ ...stage.choices, mapping });
        },

        setFullReport: (isFullReport) => {
          const { stage } = get();
          if (stage.status !== 'preview') return Promise.resolve();
          return readAgain({ ...stage.choices, isFullReport });
        },

        async apply() {
          const { stage } = get();
          if (stage.status !== 'preview') return;
          const { preview } = stage;
          const step = ++latestStep;
          set({
            notice: null,
            stage: { status: 'storing', preview, progress: null, isCancelling: false },
          });
          const stop = followProgress(step);
          const result = await api.imports.apply(preview.importId);
          stop();
          if (step !== latestStep) return;
          set({
            stage: result.ok
              ? {
                  status: 'done',
                  fileName: preview.fileName,
                  result: result.value,
                  isFullReport: preview.isFullReport,
                }
              : {
                  status: 'error',
                  fileName: preview.fileName,
                  step: 'store',
                  failure: failureOf(result.error),
                },
          });
        },

        cancel() {
          const { stage } = get();
          if (stage.status === 'reading' || stage.status === 'storing') {
            if (stage.isCancelling) return;
            set({ stage: { ...stage, isCancelling: true } });
            const importId = stage.status === 'storing' ? stage.preview.importId : stage.importId;
            // A read main has not named yet is cancelled as soon as its first progress names it.
            if (importId !== null) void api.imports.cancel(importId);
          }
        },

        discard() {
          const { stage } = get();
          if (stage.status !== 'preview') return;
          latestStep += 1;
          void api.imports.discard(stage.preview.importId);
          set({
            stage: { status: 'idle' },
            notice: `Closed “${stage.preview.fileName}” without importing it. Nothing was stored.`,
          });
        },
      },
    };
  });
}
