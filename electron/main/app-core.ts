import { DatabaseSync } from '@photostructure/sqlite';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { localDate } from '../../shared/domain/calendar';
import type { AppStatus } from '../../shared/ipc/contracts/app';
import { accountsRequestChannels } from '../../shared/ipc/contracts/accounts';
import { callsRequestChannels } from '../../shared/ipc/contracts/calls';
import { exportsRequestChannels } from '../../shared/ipc/contracts/exports';
import { importsRequestChannels } from '../../shared/ipc/contracts/imports';
import { playbooksRequestChannels } from '../../shared/ipc/contracts/playbooks';
import { retentionRequestChannels } from '../../shared/ipc/contracts/retention';
import { settingsRequestChannels } from '../../shared/ipc/contracts/settings';
import { worklistRequestChannels } from '../../shared/ipc/contracts/worklist';
import type { DomainHandlers, HandlerMap, RequestChannel } from '../../shared/ipc/contract';
import type { AppError } from '../../shared/ipc/result';
import type { Logger } from './core/logger';
import type { ModuleContext } from './core/module-context';
import type { Publish } from './core/publish';
import type { OverlayHost } from './hosts/overlay-host';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { createAccountsModule, type AccountsModule } from './modules/accounts/accounts-module';
import { createAppModule } from './modules/app/app-module';
import { createCallsModule, type CallsModule } from './modules/calls/calls-module';
import { startDueNotifier, type Timers } from './modules/follow-ups/due-notifier';
import {
  createFollowUpsModule,
  type FollowUpsModule,
} from './modules/follow-ups/follow-ups-module';
import { createExportsModule, type ExportsModule } from './modules/exports/exports-module';
import { createImportsModule, type ImportsModule } from './modules/imports/imports-module';
import { createOverlayModule } from './modules/overlay/overlay-module';
import { createRetentionModule, type RetentionModule } from './modules/retention/retention-module';
import { startRetentionSchedule } from './modules/retention/retention-schedule';
import type { OverlayService } from './modules/overlay/overlay-service';
import { createPlaybooksModule, type PlaybooksModule } from './modules/playbooks/playbooks-module';
import type { SettingsRepository } from './modules/settings/settings-repository';
import { createSettingsModule, type SettingsModule } from './modules/settings/settings-module';
import type { SettingsService } from './modules/settings/settings-service';
import {
  closeDatabase,
  DATABASE_FILE_NAME,
  openDatabase,
  setAsideDamagedFile,
  storageFailureOf,
  StorageUnavailableError,
  type OpenedDatabase,
} from './storage/database';
import { hasPendingJournal } from './storage/database-file';
import { migrate } from './storage/migrations';
import {
  createImportWorker,
  importWorkerScript,
  type ImportWorker,
} from './worker/import-worker-client';
import { createReadWorker, readWorkerScript, type ReadWorker } from './worker/read-worker-client';

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

/** How the core opens its database; tests wrap it to put a real file in a given state. */
export type OpenStorage = (dataDir: string, now: () => Date) => OpenedDatabase;

export interface AppCoreOptions {
  readonly dataDir: string;
  /** Sends one contract event to every window. */
  readonly publish: Publish;
  readonly log: Logger;
  /** The Electron shell's window, hotkeys and file manager, or the browser preview's stand-ins. */
  readonly host: OverlayHost;
  readonly clock?: () => number;
  readonly newId?: () => string;
  readonly openStorage?: OpenStorage;
  /** The minute's check for follow-ups that fell due; tests pass timers they move themselves. */
  readonly timers?: Timers;
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
  /** How many follow-ups are due by the end of today (the tray's count). */
  dueCount(): number;
  /** Resolves when calls ended before follow-ups were kept have been put on the worklist. */
  readonly caughtUp: Promise<void>;
  /** What the caller must hear about their data now, or null. */
  notice(): string | null;
  /** Resolves when the check of every page that follows start-up has finished. */
  readonly checked: Promise<void>;
  /** Closes the database at once; resolves when the read worker has stopped too. */
  close(): Promise<void>;
}

/** The modules that live on one database connection, rebuilt if that database is replaced. */
interface StorageSession {
  readonly opened: OpenedDatabase;
  readonly reads: ReadWorker | null;
  readonly imports: ImportWorker | null;
  readonly notice: string | null;
  readonly playbooks: PlaybooksModule;
  readonly accounts: AccountsModule;
  readonly followUps: FollowUpsModule;
  readonly calls: CallsModule;
  readonly importing: ImportsModule;
  readonly exporting: ExportsModule;
  readonly settings: SettingsModule;
  readonly retention: RetentionModule;
}

const FULL_DISK =
  'The disk is full, so this was not saved. What you typed is kept here and is saved as soon as there is room again.';

function cannotWrite(dataDir: string): string {
  return `Call Coach cannot write to its data folder ${dataDir}, so this was not saved. What you typed is kept here.`;
}

function damagedInUse(movedTo: string): string {
  return `Call Coach found its database damaged, so it set it aside as ${movedTo} and started a fresh one. What you typed is kept here; try again.`;
}

/**
 * Handlers for `channels` that run, at each request, the ones `current()` gives: the modules of
 * the database in use, which a damaged one's replacement swaps out.
 */
function delegateTo<Contract>(
  channels: readonly (keyof Contract & RequestChannel)[],
  current: () => DomainHandlers<Contract>,
): DomainHandlers<Contract> {
  return Object.fromEntries(
    channels.map((channel) => [
      channel,
      (...args: unknown[]) => (current()[channel] as (...inner: unknown[]) => unknown)(...args),
    ]),
  ) as unknown as DomainHandlers<Contract>;
}

/**
 * When no database can be opened at all, the app still starts, with an empty database in
 * memory that cannot be written, so the window can show why and the caller loses nothing.
 */
function openUnavailable(dataDir: string, reason: StorageUnavailableError): OpenedDatabase {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  return {
    db,
    file: path.join(dataDir, DATABASE_FILE_NAME),
    access: 'read-only',
    notice: `${reason.message} Nothing can be saved until then.`,
  };
}

/**
 * Everything main does that is not Electron: the database, the services and the request
 * dispatcher. The Electron shell and the browser preview each build exactly one of these.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const clock = options.clock ?? Date.now;
  const { publish, log, host, dataDir } = options;
  const now = () => new Date(clock());
  const openStorage = options.openStorage ?? openDatabase;
  const newId = options.newId ?? randomUUID;
  const workerScript = readWorkerScript(import.meta.dirname);
  const importScript = importWorkerScript(import.meta.dirname);
  // The overlay holds no data, so it outlives a database that is replaced.
  const overlay = createOverlayModule({ publish }, { host });

  function startSession(notice: string | null = null): StorageSession {
    // A clean end (quit, SIGTERM, `close()`) checkpoints the WAL into the database file and
    // empties it, so a WAL that still holds changes before the file is opened means the last run
    // stopped without getting there: a crash, a kill, a power cut. That is the signal SQLite
    // itself relies on to recover, and it is read before opening changes anything. A clean quit
    // with a call open leaves an empty WAL, so that call is not reported as recovered. (A clean
    // close whose checkpoint a running statement blocked leaves a WAL too: rare, and then the
    // caller is told once too often rather than not told after a real crash.)
    const wasEndedUncleanly = hasPendingJournal(path.join(dataDir, DATABASE_FILE_NAME));
    let opened: OpenedDatabase;
    let isInMemory = false;
    try {
      opened = openStorage(dataDir, now);
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      opened = openUnavailable(dataDir, error);
      isInMemory = true;
    }
    const readOnlyBecause = opened.access === 'read-only' ? opened.notice : null;
    const context: ModuleContext = { db: opened.db, clock, publish, log, readOnlyBecause };
    // The worker reads the file; an app with no file has no history to read.
    const reads = isInMemory ? null : createReadWorker({ file: opened.file, script: workerScript });
    const imports = isInMemory
      ? null
      : createImportWorker({ file: opened.file, script: importScript });
    // Each module is built from what it needs; none reaches for one built after it. The
    // stand-in database in memory takes the built-in playbooks, so the window works as usual.
    const playbooks = createPlaybooksModule(
      isInMemory ? { ...context, readOnlyBecause: null } : context,
    );
    const accounts = createAccountsModule(context, {
      reads: {
        // Each keystroke's pick-list replaces the one before it if that has not run yet.
        pick: (query) =>
          reads ? reads.run('accountPick', query, 'account-pick') : Promise.resolve([]),
        file: (accountId) => (reads ? reads.run('accountFile', accountId) : Promise.resolve(null)),
        timeline: (accountId) =>
          reads ? reads.run('accountTimeline', accountId) : Promise.resolve(null),
      },
    });
    const followUps = createFollowUpsModule(context);
    const calls = createCallsModule(context, {
      followUps,
      playbooks: playbooks.service,
      accounts: accounts.repository,
      newId,
      readHistory: (query) =>
        reads
          ? // A first page is a search being typed: the newest replaces one still waiting.
            reads.run('history', query, query.after === null ? 'history-search' : undefined)
          : Promise.resolve({ items: [], next: null }),
      wasEndedUncleanly,
      host,
    });
    const importing = createImportsModule(context, {
      run: imports && ((job, input, onProgress) => imports.run(job, input, onProgress)),
      newId,
      // An import can show promises kept or broken and invoices paid.
      afterApply: () => followUps.announce(),
    });
    // Exports run in the import worker too: one thread for the rare, heavy jobs.
    const exporting = createExportsModule(context, {
      run: imports && ((job, input, onProgress) => imports.run(job, input, onProgress)),
      host,
      newId,
    });
    const settings = createSettingsModule(context, { hotkeys: overlay.service, host });
    // Hotkeys registered and window preferences applied before any request can ask about them.
    settings.service.applyStored();
    const retention = createRetentionModule(context, {
      run: imports && ((job, input) => imports.run(job, input).done),
      openCall: () => calls.service.open(),
      retentionMonths: () => settings.service.get().retentionMonths,
      onDeleted: () => followUps.announce(),
    });
    // From here on nothing is written to the stand-in, so nothing seems saved that is not.
    if (isInMemory) opened.db.exec('PRAGMA query_only = ON');
    return {
      opened,
      reads,
      imports,
      notice: [notice, opened.notice].filter(Boolean).join(' ') || null,
      playbooks,
      accounts,
      followUps,
      calls,
      importing,
      exporting,
      settings,
      retention,
    };
  }

  let session = startSession();

  function status(): AppStatus {
    return { dataDir, storageNotice: session.notice };
  }

  function endSession(ended: StorageSession): Promise<void> {
    const stopping = Promise.all([ended.reads?.close(), ended.imports?.close()]).then(() => {});
    closeDatabase(ended.opened.db);
    return stopping;
  }

  /**
   * A database found damaged while in use is closed, set aside as it is, and replaced by a
   * fresh one; every window hears why and where the old file is.
   */
  function replaceDamaged(): string {
    const damaged = session;
    void damaged.reads?.close();
    void damaged.imports?.close();
    // Closed without a checkpoint, which would write the WAL into the damaged file. The
    // repositories' statements are still prepared, so SQLite's own close does not checkpoint.
    damaged.opened.db.close();
    const movedTo = setAsideDamagedFile(damaged.opened.file, now());
    const message = damagedInUse(movedTo);
    session = startSession(message);
    publish('status:changed', status());
    return message;
  }

  function explainFailure(error: unknown): AppError | null {
    switch (storageFailureOf(error)) {
      case 'full':
        return { code: 'unavailable', message: FULL_DISK };
      case 'read-only':
        return { code: 'unavailable', message: session.notice ?? cannotWrite(dataDir) };
      case 'corrupt':
        try {
          return { code: 'unavailable', message: replaceDamaged() };
        } catch (failure) {
          log.error('The damaged database could not be set aside', failure);
          return null;
        }
      default:
        return null;
    }
  }

  const app = createAppModule({ status, host });
  const handlers: HandlerMap = {
    ...app.handlers,
    ...overlay.handlers,
    ...delegateTo(callsRequestChannels, () => session.calls.handlers),
    ...delegateTo(accountsRequestChannels, () => session.accounts.handlers),
    ...delegateTo(importsRequestChannels, () => session.importing.handlers),
    ...delegateTo(exportsRequestChannels, () => session.exporting.handlers),
    ...delegateTo(playbooksRequestChannels, () => session.playbooks.handlers),
    ...delegateTo(settingsRequestChannels, () => session.settings.handlers),
    // A new retention period applies at once: the caller confirmed what it deletes today.
    'settings:update': (patch) => {
      const updated = session.settings.handlers['settings:update'](patch);
      if (patch.retentionMonths !== undefined) void session.retention.runRetention();
      return updated;
    },
    ...delegateTo(retentionRequestChannels, () => session.retention.handlers),
    ...delegateTo(worklistRequestChannels, () => session.followUps.handlers),
  };

  // Every page is read once the app has started, off main's event loop: damage found there is
  // handled like damage found by a request.
  let isClosed = false;
  // A worker of its own, so that History does not wait behind it.
  const checker = session.reads
    ? createReadWorker({ file: session.opened.file, script: workerScript })
    : null;
  const checked = checker ? checkPages(session, checker) : Promise.resolve();

  function checkPages(checkedSession: StorageSession, checker: ReadWorker): Promise<void> {
    const isStillInUse = () => !isClosed && session === checkedSession;
    return checker
      .run('integrity', null)
      .then(
        (isIntact) => {
          if (!isIntact && isStillInUse()) replaceDamaged();
        },
        (error: unknown) => {
          if (storageFailureOf(error) === 'corrupt' && isStillInUse()) replaceDamaged();
          else if (!isClosed) log.error('The check of the database did not finish', error);
        },
      )
      .finally(() => checker.close());
  }

  // At start-up, and again when the day changes while the app runs, calls ended by an older
  // version are put on the worklist and promise statuses are worked out again as of the new
  // day, in the import worker; the first look for follow-ups that fell due waits for it.
  let followedThroughOn = localDate(clock());
  const caughtUp = followThrough(session);
  const notifier = startDueNotifier({
    repository: {
      open: (today) => session.followUps.repository.open(today),
      told: () => session.followUps.repository.told(),
      markTold: (ids, at) => session.followUps.repository.markTold(ids, at),
    },
    host,
    clock,
    timers: options.timers ?? {
      setInterval,
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    },
    showWorklist: () => publish('view:requested', { view: 'follow-ups' }),
    onMinute: (count) => {
      session.followUps.announceIfChanged(count);
      if (localDate(clock()) !== followedThroughOn) void followThrough(session);
    },
    canWrite: () => session.opened.access !== 'read-only',
  });
  void caughtUp.then(() => {
    if (!isClosed) notifier.check();
  });
  // Calls past the retention period go at start-up and each day after, in the import worker.
  const retentionSchedule = startRetentionSchedule({
    clock,
    timers: options.timers ?? {
      setInterval: (run, ms) => setInterval(run, ms).unref(),
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    },
    run: () => void session.retention.runRetention(),
  });

  function followThrough(started: StorageSession): Promise<void> {
    if (!started.imports || started.opened.access === 'read-only') return Promise.resolve();
    const at = clock();
    followedThroughOn = localDate(at);
    return started.imports
      .run('catchUp', { at, today: followedThroughOn }, () => undefined)
      .done.then(
        () => {
          if (!isClosed && session === started) session.followUps.announce();
        },
        (error: unknown) => {
          if (!isClosed) log.error('The worklist could not be brought up to date', error);
        },
      );
  }

  return {
    dispatch: createDispatch(handlers, log, explainFailure),
    handlers,
    settings: {
      read: (key) => session.settings.repository.read(key),
      write: (key, value) => session.settings.repository.write(key, value),
    },
    preferences: {
      get: () => session.settings.service.get(),
      update: (patch) => session.settings.service.update(patch),
      reset: () => session.settings.service.reset(),
      applyStored: () => session.settings.service.applyStored(),
    },
    overlay: overlay.service,
    hasOpenCall: () => session.calls.service.open() !== null,
    dueCount: () => session.followUps.dueCount(),
    caughtUp,
    notice: () => session.notice,
    checked,
    close: () => {
      isClosed = true;
      notifier.stop();
      retentionSchedule.stop();
      return Promise.all([checker?.close(), endSession(session)]).then(() => undefined);
    },
  };
}
