import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { HandlerMap } from '../../shared/ipc/contract';
import type { Logger } from './core/logger';
import type { ModuleContext } from './core/module-context';
import type { Publish } from './core/publish';
import type { OverlayHost } from './hosts/overlay-host';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createAppModule } from './modules/app/app-module';
import { createCallsModule } from './modules/calls/calls-module';
import { createOverlayModule } from './modules/overlay/overlay-module';
import type { OverlayService } from './modules/overlay/overlay-service';
import { createPlaybooksModule } from './modules/playbooks/playbooks-module';
import type { SettingsRepository } from './modules/settings/settings-repository';
import { createSettingsModule } from './modules/settings/settings-module';
import type { SettingsService } from './modules/settings/settings-service';
import { openDatabase } from './storage/database';
import { createReadWorker, readWorkerScript } from './worker/read-worker-client';

/** The environment variable that moves all data, in the app, the preview and tests. */
export const DATA_DIR_VARIABLE = 'CALL_COACH_DATA_DIR';

/** `CALL_COACH_DATA_DIR` when set, otherwise the platform's default (Electron's userData). */
export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>>,
  fallback: string,
): string {
  const override = env[DATA_DIR_VARIABLE]?.trim();
  return path.resolve(override ? override : fallback);
}

export interface AppCoreOptions {
  readonly dataDir: string;
  /** Sends one contract event to every window. */
  readonly publish: Publish;
  readonly log: Logger;
  /** The Electron shell's window, hotkeys and file manager, or the browser preview's stand-ins. */
  readonly host: OverlayHost;
  readonly clock?: () => number;
  readonly newId?: () => string;
}

export interface AppCore {
  readonly dispatch: Dispatch;
  /** Every module's handlers, one per contract channel (what `dispatch` runs after parsing). */
  readonly handlers: HandlerMap;
  /** Raw key-value state the shell keeps itself (window bounds). */
  readonly settings: SettingsRepository;
  readonly preferences: SettingsService;
  readonly overlay: OverlayService;
  /** Whether a call is in progress (the tray says "Start a call" or "End the call"). */
  hasOpenCall(): boolean;
  readonly notice: string | null;
  /** Closes the database at once; resolves when the read worker has stopped too. */
  close(): Promise<void>;
}

/**
 * Everything main does that is not Electron: the database, the services and the request
 * dispatcher. The Electron shell and the browser preview each build exactly one of these.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const clock = options.clock ?? Date.now;
  const { publish, log, host, dataDir } = options;
  const { db, file, notice } = openDatabase(dataDir, () => new Date(clock()));
  const context: ModuleContext = { db, clock, publish, log };
  const reads = createReadWorker({ file, script: readWorkerScript(import.meta.dirname) });

  // Each module is built from what it needs; none reaches for one built after it.
  const playbooks = createPlaybooksModule(context);
  const calls = createCallsModule(context, {
    playbooks: playbooks.service,
    newId: options.newId ?? randomUUID,
    readHistory: (query) =>
      // A first page is a search being typed: the newest replaces one still waiting.
      reads.run('history', query, query.after === null ? 'history-search' : undefined),
  });
  const overlay = createOverlayModule(context, { host });
  const settings = createSettingsModule(context, { hotkeys: overlay.service, host });
  const app = createAppModule({ status: () => ({ dataDir, storageNotice: notice }), host });
  // Hotkeys registered and window preferences applied before any request can ask about them.
  settings.service.applyStored();

  const handlers: HandlerMap = {
    ...app.handlers,
    ...calls.handlers,
    ...playbooks.handlers,
    ...settings.handlers,
    ...overlay.handlers,
  };
  return {
    dispatch: createDispatch(handlers, log),
    handlers,
    settings: settings.repository,
    preferences: settings.service,
    overlay: overlay.service,
    hasOpenCall: () => calls.service.open() !== null,
    notice,
    close: () => {
      // The database closes at once (a quit may not wait); the worker may stop after.
      const stopping = reads.close();
      db.close();
      return stopping;
    },
  };
}
