import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createDispatch, type Dispatch, type Logger } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { createCallService } from './services/call-service';
import { createPlaybookService } from './services/playbook-service';
import type { OverlayHost } from './overlay/overlay-host';
import { createOverlayService, type OverlayService } from './services/overlay-service';
import type { Publish } from './services/publish';
import { createSettingsService, type SettingsService } from './services/settings-service';
import { createCallRepository } from './storage/call-repository';
import { openDatabase } from './storage/database';
import { createPlaybookRepository } from './storage/playbook-repository';
import { createSettingsRepository, type SettingsRepository } from './storage/settings-repository';

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
  /** Raw key-value state the shell keeps itself (window bounds). */
  readonly settings: SettingsRepository;
  readonly preferences: SettingsService;
  readonly overlay: OverlayService;
  /** Whether a call is in progress (the tray says "Start a call" or "End the call"). */
  hasOpenCall(): boolean;
  readonly notice: string | null;
  close(): void;
}

/**
 * Everything main does that is not Electron: the database, the services and the request
 * dispatcher. The Electron shell and the browser preview each build exactly one of these.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const clock = options.clock ?? Date.now;
  const { db, notice } = openDatabase(options.dataDir, () => new Date(clock()));
  const { publish, log, host } = options;
  const settingsRepository = createSettingsRepository(db);
  const overlay = createOverlayService({
    host,
    publish,
    toggleLayout: () => {
      const { layout } = preferences.get();
      preferences.update({ layout: layout === 'compact' ? 'expanded' : 'compact' });
    },
  });
  const preferences = createSettingsService({
    settings: settingsRepository,
    publish,
    hotkeys: overlay,
    host,
  });
  // Hotkeys registered and window preferences applied before any request can ask about them.
  preferences.applyStored();
  const playbooks = createPlaybookService({
    playbooks: createPlaybookRepository(db, log),
    clock,
    publish,
  });
  const calls = createCallService({
    calls: createCallRepository(db, clock),
    playbooks,
    clock,
    newId: options.newId ?? randomUUID,
    publish,
  });
  const handlers = createHandlers({
    calls,
    playbooks,
    settings: preferences,
    overlay,
    status: () => ({ dataDir: options.dataDir, storageNotice: notice }),
    openDataFolder: () => host.openFolder(options.dataDir),
  });
  return {
    dispatch: createDispatch(handlers, log),
    settings: settingsRepository,
    preferences,
    overlay,
    hasOpenCall: () => calls.open() !== null,
    notice,
    close: () => db.close(),
  };
}
