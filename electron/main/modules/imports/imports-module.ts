import { localDate } from '../../../../shared/domain/calendar';
import type { ImportsRequests } from '../../../../shared/ipc/contracts/imports';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { RequestError } from '../../core/request-error';
import type { ImportJobs } from './import-jobs';

/** A job running in the import worker, as the module sees it. */
export interface RunningImport<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

/** Why an import job failed, as the worker reports it. */
export interface ImportFailureReport {
  readonly failure: 'unreadable' | 'cancelled' | 'unknown-import' | 'storage';
  readonly message: string;
}

/** Runs import jobs off main's event loop, reporting progress as they go. */
export type RunImportJob = <J extends keyof ImportJobs>(
  job: J,
  input: Parameters<ImportJobs[J]>[0],
  onProgress: (phase: 'reading' | 'checking' | 'storing', done: number, total: number) => void,
) => RunningImport<ReturnType<ImportJobs[J]>>;

export interface ImportsModule {
  readonly handlers: DomainHandlers<ImportsRequests>;
}

function isFailureReport(error: unknown): error is ImportFailureReport & Error {
  return error instanceof Error && typeof (error as { failure?: unknown }).failure === 'string';
}

/** The caller's words for a failed job; storage failures go on to the dispatcher as they are. */
function explained(error: unknown): never {
  if (!isFailureReport(error)) throw error;
  switch (error.failure) {
    case 'unreadable':
      throw new RequestError('invalid-input', error.message);
    case 'cancelled':
      throw new RequestError('conflict', 'Stopped. Nothing from this file was stored.');
    case 'unknown-import':
      throw new RequestError('not-found', error.message);
    case 'storage':
      throw error;
  }
}

/** AR-aging imports: the `imports:*` handlers over the import worker. */
export function createImportsModule(
  { clock, publish, readOnlyBecause }: ModuleContext,
  deps: {
    readonly run: RunImportJob | null;
    readonly newId: () => string;
    /** Runs after an import was stored (what it showed paid may close follow-ups). */
    readonly afterApply: () => void;
  },
): ImportsModule {
  const running = new Map<string, RunningImport<unknown>>();

  async function track<T>(importId: string, job: RunningImport<T>): Promise<T> {
    running.set(importId, job);
    try {
      return await job.done;
    } catch (error) {
      return explained(error);
    } finally {
      if (running.get(importId) === job) running.delete(importId);
    }
  }

  function runner(): RunImportJob {
    if (readOnlyBecause) {
      throw new RequestError('unavailable', `${readOnlyBecause} Nothing can be imported.`);
    }
    if (!deps.run) throw new RequestError('unavailable', 'Nothing can be imported right now.');
    return deps.run;
  }

  const progressOf =
    (importId: string) =>
    (phase: 'reading' | 'checking' | 'storing', done: number, total: number) =>
      publish('import:progress', { importId, phase, done, total });

  return {
    handlers: {
      'imports:read': (file, choices) => {
        const importId = deps.newId();
        const today = localDate(clock());
        const job = runner()(
          'read',
          { importId, fileName: file.name, bytesBase64: file.bytesBase64, choices, today },
          progressOf(importId),
        );
        return track(importId, job);
      },
      'imports:remap': (importId, choices) => {
        const today = localDate(clock());
        return track(
          importId,
          runner()('remap', { importId, choices, today }, progressOf(importId)),
        );
      },
      'imports:apply': async (importId) => {
        const job = runner()(
          'apply',
          { importId, at: clock(), today: localDate(clock()) },
          progressOf(importId),
        );
        const result = await track(importId, job);
        publish('accounts:changed', result);
        deps.afterApply();
        return result;
      },
      'imports:cancel': (importId) => {
        running.get(importId)?.cancel();
        return null;
      },
      'imports:discard': async (importId) => {
        if (!deps.run) return null;
        await deps.run('discard', importId, () => undefined).done;
        return null;
      },
    },
  };
}
