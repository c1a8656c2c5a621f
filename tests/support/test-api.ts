import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createAppCore, type AppCore } from '../../electron/main/app-core';
import { RequestError } from '../../electron/main/core/request-error';
import { createBrowserHost } from '../../electron/main/hosts/browser-host';
import type { OverlayHost } from '../../electron/main/hosts/overlay-host';
import { createCallRepository } from '../../electron/main/modules/calls/call-repository';
import { DATABASE_FILE_NAME } from '../../electron/main/storage/database';
import type { Call, CallCommand } from '../../shared/domain/call';
import { localDate } from '../../shared/domain/calendar';
import type { CaptureValues } from '../../shared/domain/capture';
import type { Closing } from '../../shared/domain/closing';
import type { HotkeyAction } from '../../shared/domain/hotkeys';
import type { OverlayState } from '../../shared/domain/overlay';
import type { Playbook } from '../../shared/domain/playbook';
import type { Settings } from '../../shared/domain/settings';
import { buildApi, type ApiTransport, type CallCoachApi } from '../../shared/ipc/api';
import type {
  AppView,
  EventChannel,
  Events,
  RequestArgs,
  RequestChannel,
  RequestValue,
} from '../../shared/ipc/contract';
import { unreachable, type AppError, type Result } from '../../shared/ipc/result';
import { describeIssues, requestSchemas } from '../../shared/ipc/schemas';
import { createFakeHost, type FakeHost } from '../electron/support/fake-host';
import { noAnswerClosing } from './builders';
import { tempDirs } from './temp-dir';

export interface TestApiOptions {
  /** Playbooks to import (through `playbooks:import`) besides the built-in one main stores itself. */
  readonly playbooks?: readonly Playbook[];
  /** Preferences stored (through `settings:update`) before the window opens. */
  readonly settings?: Partial<Settings>;
  /**
   * The data folder already holds a `call-coach.db` that cannot be read: main sets it aside,
   * starts a fresh database and reports it as the storage notice.
   */
  readonly isDatabaseDamaged?: boolean;
  /** Deliver main's `call:changed` broadcasts to the window. Default true. */
  readonly broadcasts?: boolean;
  /** The shell main runs in. Default `desktop` (the fake host, where hotkeys register globally). */
  readonly shell?: OverlayState['shell'];
  readonly platform?: OverlayState['platform'];
  /** Combinations the system refuses to register (desktop only), e.g. `Ctrl+Alt+Shift+K`. */
  readonly takenCombos?: readonly string[];
}

/** One request as the renderer sent it, arguments included. */
export type TestRequest = {
  readonly [C in RequestChannel]: { readonly channel: C; readonly args: RequestArgs<C> };
}[RequestChannel];

/** A call to put in storage before a test, through main's own commands. */
export interface CallSeed {
  readonly customer: string;
  readonly accountNumber?: string;
  readonly invoice?: string;
  readonly amountDueCents?: number | null;
  /** Default: `durationMs` before main's clock, so an ended call ends now. */
  readonly startedAt?: number;
  /** How long the call lasted (ended calls only). Default 4 minutes. */
  readonly durationMs?: number;
  /** Step id → milliseconds after the start when it was checked. */
  readonly checkedSteps?: Readonly<Record<string, number>>;
  readonly notes?: string;
  readonly contact?: string;
  readonly dueOn?: string | null;
  /** Branches opened at the start, in order. */
  readonly branchIds?: readonly string[];
  readonly captures?: Readonly<Record<string, CaptureValues>>;
  /** Questions ticked, as `questionKey(sectionId, index)`. */
  readonly questionsAsked?: readonly string[];
  /**
   * How an ended call ended. Default: nobody answered, try again the day it ended. Null for a call
   * stored by a version before outcomes existed.
   */
  readonly closing?: Closing | null;
}

export interface TestControl {
  /** Main's data folder, a fresh temporary one. */
  readonly dataDir: string;
  /** Every request, in the order the renderer sent it. */
  readonly requests: readonly TestRequest[];
  /** The argument lists of every request on one channel, oldest first. */
  requestsTo<C extends RequestChannel>(channel: C): RequestArgs<C>[];
  /** Every command sent to a call, typed (`calls:type`) or not (`calls:apply`), in order. */
  commandsSent(): CallCommand[];
  /** While on, every save of the notes answers as if main were unreachable. */
  failSaves(isFailing: boolean): void;
  /** The next request on `channel` fails with `error` without reaching main. */
  failNext(channel: RequestChannel, error: AppError): void;
  /** Holds every request (main's work and its answer) until the returned release is called. */
  hold(): () => void;
  /** A `call:changed` broadcast, as main would send it, to every subscribed window. */
  emitCallChanged(call: Call): void;
  /** A global hotkey pressed while another app has focus. */
  pressHotkey(action: HotkeyAction): void;
  /** Main asking the window for a view (the tray's "Settings…"). */
  requestView(view: AppView): void;
  /** Main's copy of the overlay's state. */
  overlayState(): OverlayState;
  /** How many times main had the data folder opened. */
  readonly foldersOpened: number;
  /** Where the desktop's save dialog "chooses" to save from now on; null: the caller cancels. */
  answerSaveDialog(path: string | null): void;
  /** Puts an ended call in storage; throws when main refuses any of it. */
  seedEndedCall(seed: CallSeed): Call;
  /** Puts an open call in storage; throws when main refuses any of it. */
  seedOpenCall(seed: CallSeed): Call;
  /** The call as stored in the database, or null. */
  storedCall(callId: string): Call | null;
  /** Every stored playbook snapshot, oldest first. */
  storedPlaybooks(): readonly Playbook[];
  /** Main's stored preferences. */
  storedSettings(): Settings;
  /** Moves main's clock on. */
  advanceClock(milliseconds: number): void;
  /** Main's clock. */
  now(): number;
}

export interface TestApi {
  readonly api: CallCoachApi;
  readonly control: TestControl;
}

type AnyHandler = (...args: readonly unknown[]) => unknown;

/** A request sent and not yet taken up by main. */
interface Pending {
  readonly channel: RequestChannel;
  readonly args: readonly unknown[];
  readonly answer: (result: Promise<Result<unknown>>) => void;
}

const DEFAULT_SEED_DURATION_MS = 240_000;

const dirs = tempDirs('call-coach-renderer-');
const openApis = new Set<() => Promise<void>>();

/**
 * Closes every test API made since the last call and removes its data folder. The renderer
 * setup runs it after each test; requests still waiting then are never answered.
 */
export async function closeTestApis(): Promise<void> {
  const closing = [...openApis].map((close) => close());
  openApis.clear();
  await Promise.all(closing);
  dirs.cleanup();
}

/** What `platformOf` turns into the given platform, for the browser preview's host. */
function nodePlatformFor(platform: OverlayState['platform']): NodeJS.Platform {
  return platform === 'other' ? 'aix' : platform;
}

/** A request that saves the call's notes, whichever calls channel carries the command. */
function isNotesSave(channel: RequestChannel, args: readonly unknown[]): boolean {
  const command = args[1] as Partial<CallCommand> | null | undefined;
  return channel.startsWith('calls:') && command?.type === 'edit-notes';
}

function parseQuestionKey(key: string): { sectionId: string; index: number } {
  const at = key.lastIndexOf('#');
  return { sectionId: key.slice(0, at), index: Number(key.slice(at + 1)) };
}

/**
 * The renderer's view of the real main process: main's core (every service and rule, over a real
 * SQLite file in a fresh temporary folder) behind a transport that clones what crosses, as IPC
 * does, and that a test can hold or make fail. Main's clock starts at `Date.now()` and moves only
 * by `advanceClock`; call ids are `call-0001`, `call-0002`…
 */
export function createTestApi(options: TestApiOptions = {}): TestApi {
  const dataDir = dirs.make();
  if (options.isDatabaseDamaged) {
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'Not a database. '.repeat(500));
  }
  let now = Date.now();
  let lastId = 0;
  const platform = options.platform ?? 'linux';
  const fakeHost: FakeHost | null =
    options.shell === 'browser' ? null : createFakeHost({ platform });
  const host: OverlayHost = fakeHost ?? createBrowserHost(nodePlatformFor(platform));
  const isBroadcasting = options.broadcasts ?? true;

  const listeners = new Map<EventChannel, Set<{ readonly listener: (payload: unknown) => void }>>();
  function deliver<E extends EventChannel>(channel: E, payload: Events[E]): void {
    for (const { listener } of [...(listeners.get(channel) ?? [])]) {
      try {
        listener(structuredClone(payload));
      } catch (error) {
        // A window's listener failing is that window's error, never main's: reported, not thrown.
        void Promise.reject(
          error instanceof Error
            ? error
            : new Error(`A ${channel} listener threw`, { cause: error }),
        );
      }
    }
  }
  // Calls put in storage before the test are from another session: their events reach no window.
  let isSeeding = false;
  let isClosed = false;

  const core: AppCore = createAppCore({
    dataDir,
    host,
    clock: () => now,
    newId: () => `call-${String(++lastId).padStart(4, '0')}`,
    // Requests still waiting when the test ends fail as main closes; only errors before are news.
    log: {
      error: (message, error) => {
        if (!isClosed) console.error(`Main: ${message}`, error);
      },
    },
    publish: (channel, payload) => {
      if (isSeeding || (channel === 'call:changed' && !isBroadcasting)) return;
      deliver(channel, payload);
    },
  });
  // A second connection to the same file, as another program would read it.
  const reader: DatabaseSyncInstance = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME));
  const storedCalls = createCallRepository(reader, () => now);
  // Requests main has taken up and not yet answered (history runs in a worker thread).
  const inFlight = new Set<Promise<unknown>>();
  const close = async () => {
    isClosed = true;
    // Main stops its read workers with Worker.terminate(), which can abort this whole process if
    // it lands inside a SQLite call; so main is closed only once its start-up check of every page
    // and every request it took up have finished.
    await core.checked;
    await Promise.allSettled([...inFlight]);
    reader.close();
    await core.close();
  };
  openApis.add(close);

  /** A request as main handles it, without the transport: the seeds' and options' way in. */
  function run<C extends RequestChannel>(
    channel: C,
    ...args: RequestArgs<C>
  ): Awaited<RequestValue<C>> {
    const parsed = requestSchemas[channel].safeParse(args);
    if (!parsed.success) {
      throw new Error(`Main refused ${channel}: ${describeIssues(parsed.error).join('; ')}`);
    }
    try {
      const value = (core.handlers[channel] as AnyHandler)(...(parsed.data as unknown[]));
      if (value instanceof Promise) throw new Error(`${channel} answers later; use the api.`);
      return value as Awaited<RequestValue<C>>;
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      throw new Error(`Main refused ${channel} ${JSON.stringify(args)}: ${error.message}`, {
        cause: error,
      });
    }
  }

  for (const playbook of options.playbooks ?? []) {
    const { playbook: stored } = run('playbooks:import', JSON.stringify(playbook));
    if (!isDeepStrictEqual(stored, playbook)) {
      throw new Error(
        `Main stored playbook ${playbook.id} as version ${stored.version}, not as given (version ${playbook.version}).`,
      );
    }
  }
  if (options.settings) run('settings:update', options.settings);
  if (options.takenCombos?.length) {
    if (!fakeHost) throw new Error('The browser preview registers no hotkeys to refuse.');
    fakeHost.take(...options.takenCombos);
    // As at the next start-up: the stored hotkeys are registered again, now that they are taken.
    core.preferences.applyStored();
  }

  const requests: TestRequest[] = [];
  const pending: Pending[] = [];
  const forcedFailures = new Map<RequestChannel, AppError[]>();
  let isFailingSaves = false;
  let holds = 0;

  function answer({ channel, args }: Pending): Promise<Result<unknown>> {
    const forced = forcedFailures.get(channel)?.shift();
    if (forced) return Promise.resolve({ ok: false, error: structuredClone(forced) });
    if (isFailingSaves && isNotesSave(channel, args)) return Promise.resolve(unreachable);
    const answered = core.dispatch(channel, args);
    inFlight.add(answered);
    void answered.finally(() => inFlight.delete(answered));
    return answered.then((result) => structuredClone(result));
  }

  // Main takes requests up one at a time, in the order they were sent; its handlers do their work
  // as `dispatch` is called, so that order is the order of main's work.
  function drain(): void {
    while (holds === 0 && !isClosed && pending.length > 0) {
      const next = pending.shift()!;
      next.answer(answer(next));
    }
  }
  const drainSoon = () => void Promise.resolve().then(drain);

  const transport: ApiTransport = {
    invoke(channel, args) {
      requests.push(structuredClone({ channel, args }) as TestRequest);
      return new Promise((resolve) => {
        pending.push({
          channel,
          args: structuredClone(args),
          answer: (result) => void result.then(resolve),
        });
        drainSoon();
      });
    },
    subscribe(channel, listener) {
      const entry = { listener };
      const entries = listeners.get(channel) ?? new Set();
      listeners.set(channel, entries.add(entry));
      return () => void entries.delete(entry);
    },
  };

  /** The call as stored, read back; throws when there is none. */
  function readCall(callId: string): Call {
    const call = storedCalls.get(callId);
    if (!call) throw new Error(`No call ${callId} is stored.`);
    return call;
  }

  // Main's own commands at the times they happened: main's clock is moved to each and back.
  function seed(seedCall: CallSeed, isEnded: boolean): Call {
    const durationMs = seedCall.durationMs ?? DEFAULT_SEED_DURATION_MS;
    const startedAt = seedCall.startedAt ?? now - durationMs;
    const resumeAt = now;
    isSeeding = true;
    try {
      now = startedAt;
      const { id: callId } = run('calls:start', {
        playbookId: run('playbooks:list').defaultId,
        customer: seedCall.customer,
        accountNumber: seedCall.accountNumber ?? '',
        invoice: seedCall.invoice ?? '',
        amountDueCents: seedCall.amountDueCents ?? null,
        contact: seedCall.contact ?? '',
        customerSince: '',
        dueOn: seedCall.dueOn ?? null,
      });
      const apply = (command: CallCommand) => run('calls:apply', callId, command);
      for (const branchId of seedCall.branchIds ?? []) apply({ type: 'open-branch', branchId });
      for (const [sectionId, values] of Object.entries(seedCall.captures ?? {})) {
        for (const [fieldId, value] of Object.entries(values)) {
          apply({ type: 'set-field', sectionId, fieldId, value });
        }
      }
      for (const key of seedCall.questionsAsked ?? []) {
        apply({ type: 'set-question', ...parseQuestionKey(key), isAsked: true });
      }
      if (seedCall.notes) apply({ type: 'edit-notes', notes: seedCall.notes });
      const checks = Object.entries(seedCall.checkedSteps ?? {}).sort(([, a], [, b]) => a - b);
      for (const [stepId, offset] of checks) {
        now = startedAt + offset;
        apply({ type: 'check-step', stepId });
      }
      if (isEnded) {
        now = startedAt + durationMs;
        apply({ type: 'end', closing: seedCall.closing ?? noAnswerClosing(localDate(now)) });
        if (seedCall.closing === null) forgetClosing(callId);
      }
      return readCall(callId);
    } finally {
      now = resumeAt;
      isSeeding = false;
    }
  }

  // Main can no longer end a call without a closing; a call stored before outcomes existed has
  // none. This rewrites exactly those columns of one row, as that older version left them.
  function forgetClosing(callId: string): void {
    reader
      .prepare(
        'UPDATE calls SET closing_json = NULL, outcome_label = NULL, action_due_on = NULL WHERE id = ?',
      )
      .run(callId);
  }

  const control: TestControl = {
    dataDir,
    requests,
    requestsTo: <C extends RequestChannel>(channel: C) =>
      requests
        .filter((request) => request.channel === channel)
        .map((request) => request.args as RequestArgs<C>),
    commandsSent: () =>
      requests.flatMap((request) =>
        request.channel === 'calls:apply' || request.channel === 'calls:type'
          ? [request.args[1]]
          : [],
      ),
    failSaves(isFailing) {
      isFailingSaves = isFailing;
    },
    failNext(channel, error) {
      forcedFailures.set(channel, [...(forcedFailures.get(channel) ?? []), error]);
    },
    hold() {
      holds += 1;
      let isReleased = false;
      return () => {
        if (isReleased) return;
        isReleased = true;
        holds -= 1;
        drainSoon();
      };
    },
    emitCallChanged: (call) => deliver('call:changed', call),
    pressHotkey(action) {
      if (!fakeHost) throw new Error('The browser preview has no global hotkeys.');
      fakeHost.press(action);
    },
    requestView: (view) => core.overlay.showView(view),
    overlayState: () => core.overlay.state(),
    answerSaveDialog(path) {
      if (!fakeHost) throw new Error('The browser preview has no save dialog.');
      fakeHost.saveTo(path);
    },
    get foldersOpened() {
      return fakeHost?.calls.filter((call) => call.method === 'openFolder').length ?? 0;
    },
    seedEndedCall: (seedCall) => seed(seedCall, true),
    seedOpenCall: (seedCall) => seed(seedCall, false),
    storedCall: (callId) => storedCalls.get(callId),
    storedPlaybooks: () =>
      (
        reader
          .prepare('SELECT document_json FROM playbooks ORDER BY stored_at, rowid')
          .all() as unknown as { document_json: string }[]
      ).map((row) => JSON.parse(row.document_json) as Playbook),
    storedSettings: () => core.preferences.get(),
    advanceClock(milliseconds) {
      now += milliseconds;
    },
    now: () => now,
  };

  return { api: buildApi(transport), control };
}
