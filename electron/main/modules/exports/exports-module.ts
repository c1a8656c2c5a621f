import path from 'node:path';
import { localDate } from '../../../../shared/domain/calendar';
import {
  EXPORT_FILE_TYPES,
  exportFileName,
  exportUnitOf,
  type ExportOutcome,
} from '../../../../shared/domain/exports';
import type { ExportsRequests } from '../../../../shared/ipc/contracts/exports';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { RequestError } from '../../core/request-error';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { RunImportJob, RunningImport } from '../imports/imports-module';
import type { ExportJobResult, ExportTarget } from './export-job';

export interface ExportsModule {
  readonly handlers: DomainHandlers<ExportsRequests>;
}

const isCancelledJob = (error: unknown): boolean =>
  error instanceof Error && (error as { failure?: unknown }).failure === 'cancelled';

/**
 * Exports: the `exports:*` handlers. The rows are read and written in the import worker, off
 * main's event loop; main only asks where to save (the desktop's dialog) and reports progress.
 * Exporting only reads, so it works on a database that cannot be written too.
 */
export function createExportsModule(
  { db, clock, publish }: ModuleContext,
  deps: {
    readonly run: RunImportJob | null;
    readonly host: Pick<OverlayHost, 'shell' | 'chooseSavePath'>;
    readonly newId: () => string;
  },
): ExportsModule {
  // One row by its key: quick enough for main's own connection.
  const accountName = db.prepare('SELECT name FROM accounts WHERE id = ?');
  const running = new Map<string, RunningImport<ExportJobResult>>();

  return {
    handlers: {
      'exports:run': async ({ scope, format }): Promise<ExportOutcome> => {
        const run = deps.run;
        if (!run) {
          throw new RequestError(
            'unavailable',
            'Nothing can be exported while Call Coach has no database file to read.',
          );
        }
        let name: string | null = null;
        if (scope.kind === 'account') {
          const row = accountName.get(scope.accountId) as { name: string } | undefined;
          if (!row) throw new RequestError('not-found', 'That account is no longer stored.');
          name = row.name;
        }
        const fileName = exportFileName(scope, format, localDate(clock()), name);
        let target: ExportTarget = 'content';
        // A browser tab cannot be handed a path: the page downloads the text instead.
        if (deps.host.shell !== 'browser') {
          const chosen = await deps.host.chooseSavePath(fileName);
          if (chosen === null) return { kind: 'cancelled' };
          target = { path: chosen };
        }
        const exportId = deps.newId();
        const job = run('export', { scope, format, target }, (_phase, done, total) =>
          publish('export:progress', { exportId, done, total }),
        );
        running.set(exportId, job);
        let result: ExportJobResult;
        try {
          result = await job.done;
        } catch (error) {
          if (isCancelledJob(error)) {
            throw new RequestError('conflict', 'Export stopped. Nothing was saved.');
          }
          throw error;
        } finally {
          running.delete(exportId);
        }
        const unit = exportUnitOf(scope);
        switch (result.kind) {
          case 'unwritable':
            throw new RequestError('unavailable', result.message);
          case 'written':
            return {
              kind: 'saved',
              path: target === 'content' ? '' : target.path,
              fileName: target === 'content' ? fileName : path.basename(target.path),
              count: result.count,
              unit,
            };
          case 'content':
            return {
              kind: 'download',
              fileName,
              mimeType: EXPORT_FILE_TYPES[format].mimeType,
              text: result.text,
              count: result.count,
              unit,
            };
        }
      },
      'exports:cancel': (exportId) => {
        running.get(exportId)?.cancel();
        return null;
      },
    },
  };
}
