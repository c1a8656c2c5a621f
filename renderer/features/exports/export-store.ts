import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  countWords,
  type ExportFormat,
  type ExportOutcome,
  type ExportScope,
} from '../../../shared/domain/exports';
import type { CallCoachApi } from '../../../shared/ipc/api';
import { saveTextFile } from '../playbooks/save-file';

/** Hands a file's text to the browser to save: a download in the preview. */
export type Download = (fileName: string, text: string, mimeType: string) => void;

export interface ExportActions {
  /**
   * Exports `scope` in the chosen format, for the control at `origin` (the place that shows its
   * progress and its outcome). Ignored while another export is under way.
   */
  run: (origin: string, scope: ExportScope) => Promise<void>;
  /** The format the next export is written in. */
  choose: (format: ExportFormat) => void;
  /** Stops the export under way; nothing is saved. */
  cancel: () => Promise<void>;
}

export interface ExportState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /** The control the status is about; null before the first export. */
  readonly origin: string | null;
  readonly format: ExportFormat;
  /** Rows written of those found, once main has counted them. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly isStopping: boolean;
  /** What happened, in a sentence: saved where, downloaded as what, or why not. */
  readonly message: string | null;
  readonly actions: ExportActions;
}

export type ExportStore = StoreApi<ExportState>;

function outcomeMessage(outcome: ExportOutcome): string {
  switch (outcome.kind) {
    case 'saved':
      return `Saved ${countWords(outcome.count, outcome.unit)} to ${outcome.path}.`;
    case 'download':
      return `Downloaded ${countWords(outcome.count, outcome.unit)} as ${outcome.fileName}.`;
    case 'cancelled':
      return 'Nothing was exported: no file was chosen.';
  }
}

/**
 * Exports for one window, one at a time: the format chosen, the progress main reports and the
 * outcome. A download (the browser preview) is handed to `download`, which the page saves.
 */
export function createExportStore(
  api: CallCoachApi,
  download: Download = (fileName, text, mimeType) => saveTextFile(fileName, text, mimeType),
): ExportStore {
  // The export under way, as main's first progress report names it (for Stop).
  let exportId: string | null = null;

  return createStore<ExportState>()((set, get) => ({
    status: 'idle',
    origin: null,
    format: 'csv',
    progress: null,
    isStopping: false,
    message: null,
    actions: {
      async run(origin, scope) {
        if (get().status === 'running') return;
        exportId = null;
        set({ status: 'running', origin, progress: null, isStopping: false, message: null });
        const unsubscribe = api.events.exportProgress((progress) => {
          exportId = progress.exportId;
          set({ progress: { done: progress.done, total: progress.total } });
        });
        try {
          const result = await api.exports.run({ scope, format: get().format });
          if (!result.ok) {
            set({ status: 'failed', message: result.error.message });
            return;
          }
          if (result.value.kind === 'download') {
            const { fileName, text, mimeType } = result.value;
            download(fileName, text, mimeType);
          }
          set({ status: 'done', message: outcomeMessage(result.value) });
        } finally {
          unsubscribe();
          exportId = null;
          set({ progress: null, isStopping: false });
        }
      },

      choose(format) {
        set({ format });
      },

      async cancel() {
        if (get().status !== 'running' || exportId === null) return;
        set({ isStopping: true });
        await api.exports.cancel(exportId);
      },
    },
  }));
}
