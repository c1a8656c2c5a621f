import { isDeepStrictEqual } from 'node:util';
import {
  applyCommand,
  commandProblem,
  createCall,
  playbookProblem,
  summarizeCall,
  type Call,
  type CallCommand,
} from '../../shared/domain/call';
import { localDate } from '../../shared/domain/calendar';
import type { CaptureValues } from '../../shared/domain/capture';
import { checkClosing, draftOf, type Closing } from '../../shared/domain/closing';
import type { HistoryPage, HistoryQuery } from '../../shared/domain/history';
import type { Playbook, PlaybookListing } from '../../shared/domain/playbook';
import {
  HOTKEY_ACTIONS,
  changedHotkeys,
  checkHotkeys,
  normalizeHotkeys,
  type HotkeyAction,
  type HotkeyMap,
  type HotkeyStatusMap,
} from '../../shared/domain/hotkeys';
import { clickThroughRefusal, type OverlayState } from '../../shared/domain/overlay';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../../shared/domain/settings';
import type { StartCallInput } from '../../shared/domain/start-call';
import { checkPlaybookFile } from '../../shared/playbooks/playbook-schema';
import type { CallCoachApi, Unsubscribe } from '../../shared/ipc/api';
import type {
  AppStatus,
  AppView,
  HotkeyPress,
  PlaybookExport,
  PlaybookImport,
  RequestArgs,
  RequestChannel,
  RequestValue,
} from '../../shared/ipc/contract';
import {
  fail,
  ok,
  unreachable,
  type AppError,
  type ErrorCode,
  type Result,
} from '../../shared/ipc/result';
import { describeIssues, requestSchemas } from '../../shared/ipc/schemas';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';

export interface FakeApiOptions {
  /** Main's clock (epoch ms). Defaults to a manual clock that starts now and moves only by `advanceClock`. */
  readonly clock?: () => number;
  /** Stored playbook snapshots (every version); the newest of each id is listed. */
  readonly playbooks?: readonly Playbook[];
  readonly defaultPlaybookId?: string;
  /** Main's stored settings; anything not given is the default. */
  readonly settings?: Partial<Settings>;
  readonly storageNotice?: string | null;
  /** Broadcast `call:changed` after every start and apply, as main does. Default true. */
  readonly broadcasts?: boolean;
  /** The shell the fake main runs in. Default `desktop`, where hotkeys register globally. */
  readonly shell?: OverlayState['shell'];
  readonly platform?: OverlayState['platform'];
  /** Combinations the "system" refuses to register, e.g. `Ctrl+Alt+Shift+K`. */
  readonly takenCombos?: readonly string[];
}

/** One request as the renderer sent it, arguments included. */
export type FakeRequest = {
  readonly [C in RequestChannel]: { readonly channel: C; readonly args: RequestArgs<C> };
}[RequestChannel];

/** A call to put in storage before a test; times default around the fake clock. */
export interface CallSeed {
  readonly customer: string;
  readonly accountNumber?: string;
  readonly invoice?: string;
  readonly amountDueCents?: number | null;
  readonly startedAt?: number;
  /** How long the call lasted (ended calls only). Default 4 minutes. */
  readonly durationMs?: number;
  /** Step id → milliseconds after the start when it was checked. */
  readonly checkedSteps?: Readonly<Record<string, number>>;
  readonly notes?: string;
  readonly contact?: string;
  readonly dueOn?: string | null;
  /** Branches opened, in order. */
  readonly branchIds?: readonly string[];
  readonly captures?: Readonly<Record<string, CaptureValues>>;
  /** Questions ticked, as `questionKey(sectionId, index)`. */
  readonly questionsAsked?: readonly string[];
  /** How an ended call ended; null for a call stored before outcomes existed. */
  readonly closing?: Closing | null;
}

export interface FakeControl {
  /** Every request, in the order the renderer sent it. */
  readonly requests: readonly FakeRequest[];
  /** The argument lists of every request on one channel, oldest first. */
  requestsTo<C extends RequestChannel>(channel: C): RequestArgs<C>[];
  /** While on, `calls.apply` with edit-notes answers as if main were unreachable. */
  failSaves(isFailing: boolean): void;
  /** The next request on `channel` fails with `error` (without reaching storage). */
  failNext(channel: RequestChannel, error: AppError): void;
  /** Holds every answer (and main's work) until the returned release is called. */
  hold(): () => void;
  /** Broadcasts `call:changed` to every subscriber, as main does. */
  emitCallChanged(call: Call): void;
  /** A global hotkey pressed while another app has focus, as main passes it on. */
  pressHotkey(action: HotkeyAction): void;
  /** Main asking the window for a view (the tray's "Settings…"). */
  requestView(view: AppView): void;
  /** Main's copy of the overlay's state. */
  overlayState(): OverlayState;
  /** How many times the data folder was opened. */
  readonly foldersOpened: number;
  seedEndedCall(seed: CallSeed): Call;
  seedOpenCall(seed: CallSeed): Call;
  /** Main's stored copy of a call. */
  storedCall(callId: string): Call | undefined;
  /** Every stored playbook snapshot, oldest first. */
  storedPlaybooks(): readonly Playbook[];
  /** Main's copy of the settings. */
  storedSettings(): Settings;
  advanceClock(milliseconds: number): void;
  now(): number;
  readonly subscriberCount: number;
}

export interface FakeApi {
  readonly api: CallCoachApi;
  readonly control: FakeControl;
}

class FakeRequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: readonly string[],
  ) {
    super(message);
  }
}

type EndedCall = Call & { readonly endedAt: number };

const isEnded = (call: Call): call is EndedCall => call.endedAt !== null;

/**
 * An in-memory main process: the real reducer over a Map of calls, answering through the same
 * `Result` shapes and argument schemas as main, with a small control surface for tests.
 */
export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const playbooks: Playbook[] = [...(options.playbooks ?? [defaultArPlaybook])];
  const defaultPlaybookId = options.defaultPlaybookId ?? playbooks[0]?.id ?? defaultArPlaybook.id;
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const isBroadcasting = options.broadcasts ?? true;
  let manualNow = Date.now();
  const clock = options.clock ?? (() => manualNow);
  // Like main, history is newest first in storage order (calls are stored as they start).
  const calls = new Map<string, Call>();
  const positions = new Map<string, number>();
  const positionOf = (call: Call) => positions.get(call.id) ?? 0;
  const newestFirst = (a: Call, b: Call) => positionOf(b) - positionOf(a);
  const store = (call: Call) => {
    if (!positions.has(call.id)) positions.set(call.id, positions.size + 1);
    calls.set(call.id, call);
  };
  const listeners = new Set<(call: Call) => void>();
  const playbookListeners = new Set<(listing: PlaybookListing) => void>();
  const settingsListeners = new Set<(settings: Settings) => void>();
  const overlayListeners = new Set<(overlay: OverlayState) => void>();
  const hotkeyListeners = new Set<(press: HotkeyPress) => void>();
  const viewListeners = new Set<(request: { view: AppView }) => void>();
  const takenCombos = new Set(options.takenCombos ?? []);
  const shell = options.shell ?? 'desktop';
  let clickThrough = false;
  let foldersOpened = 0;
  const requests: FakeRequest[] = [];
  const forcedFailures = new Map<RequestChannel, AppError[]>();
  let isFailingSaves = false;
  let gate: Promise<void> | null = null;
  let lastId = 0;

  const newId = () => `call-${String(++lastId).padStart(4, '0')}`;

  function emit(call: Call) {
    for (const listener of [...listeners]) listener(structuredClone(call));
  }

  function publish(call: Call) {
    if (isBroadcasting) emit(call);
  }

  function findOpen(): Call | null {
    return [...calls.values()].filter((call) => call.endedAt === null).sort(newestFirst)[0] ?? null;
  }

  function getCall(callId: string): Call {
    const call = calls.get(callId);
    if (!call) throw new FakeRequestError('not-found', 'That call could not be found.');
    return call;
  }

  function latestPlaybook(playbookId: string): Playbook | undefined {
    return playbooks
      .filter((candidate) => candidate.id === playbookId)
      .sort((a, b) => b.version - a.version)[0];
  }

  function findPlaybook(playbookId: string): Playbook {
    const playbook = latestPlaybook(playbookId);
    if (!playbook) throw new FakeRequestError('not-found', 'That playbook is not available.');
    return playbook;
  }

  function snapshot(playbookId: string, version: number): Playbook {
    const playbook = playbooks.find((p) => p.id === playbookId && p.version === version);
    if (!playbook) throw new FakeRequestError('not-found', 'That playbook version is not stored.');
    return playbook;
  }

  function listing(): PlaybookListing {
    const ids = [...new Set(playbooks.map((playbook) => playbook.id))];
    return {
      playbooks: ids.map(findPlaybook).sort((a, b) => a.name.localeCompare(b.name)),
      defaultId: defaultPlaybookId,
    };
  }

  function importPlaybook(fileText: string): PlaybookImport {
    const check = checkPlaybookFile(fileText);
    if (!check.ok) {
      throw new FakeRequestError(
        'invalid-input',
        'This file was not imported. Fix the problems below and import it again. Nothing stored has changed.',
        check.issues,
      );
    }
    const latest = latestPlaybook(check.playbook.id);
    if (latest && isDeepStrictEqual({ ...latest, version: 0 }, { ...check.playbook, version: 0 })) {
      return {
        playbook: latest,
        message: `"${latest.name}" is already up to date (version ${latest.version}).`,
      };
    }
    const version = Math.max(check.playbook.version, (latest?.version ?? 0) + 1);
    const playbook = { ...check.playbook, version };
    playbooks.push(playbook);
    const next = listing();
    for (const listener of [...playbookListeners]) listener(structuredClone(next));
    return { playbook, message: `Imported "${playbook.name}" as version ${version}.` };
  }

  function exportPlaybook(playbookId: string): PlaybookExport {
    const playbook = findPlaybook(playbookId);
    return {
      fileName: `${playbook.id}-v${playbook.version}.json`,
      text: `${JSON.stringify(playbook, null, 2)}\n`,
    };
  }

  function hotkeyStatuses(hotkeys: HotkeyMap): HotkeyStatusMap {
    return Object.fromEntries(
      HOTKEY_ACTIONS.map((action) => {
        const combo = hotkeys[action];
        if (combo === null) return [action, 'off'];
        if (shell === 'browser') return [action, 'window-only'];
        return [action, takenCombos.has(combo) ? 'taken' : 'active'];
      }),
    ) as HotkeyStatusMap;
  }

  function overlayState(): OverlayState {
    return {
      shell,
      platform: options.platform ?? 'linux',
      clickThrough,
      hotkeys: hotkeyStatuses(settings.hotkeys),
    };
  }

  function publishOverlay() {
    for (const listener of [...overlayListeners]) listener(structuredClone(overlayState()));
  }

  function storeSettings(next: Settings): Settings {
    settings = next;
    for (const listener of [...settingsListeners]) listener(structuredClone(settings));
    publishOverlay();
    return settings;
  }

  // Like main's settings service: a clash is refused with its reason, and so is a combination
  // the system will not register; either way nothing changes.
  function updateSettings(patch: SettingsPatch): Settings {
    const next = applySettingsPatch(settings, patch);
    const hotkeys = normalizeHotkeys(next.hotkeys);
    const changed = changedHotkeys(settings.hotkeys, hotkeys);
    const problems = checkHotkeys(hotkeys, changed);
    if (problems.length > 0) {
      throw new FakeRequestError(
        'invalid-input',
        problems[0]!.message,
        problems.map(({ action, message }) => `hotkeys.${action}: ${message}`),
      );
    }
    const taken = changed.filter((action) => hotkeyStatuses(hotkeys)[action] === 'taken');
    if (taken.length > 0) {
      throw new FakeRequestError(
        'conflict',
        `The system or another app already uses ${taken.map((action) => hotkeys[action]).join(' and ')}. Pick another combination.`,
      );
    }
    return storeSettings({ ...next, hotkeys });
  }

  function setClickThrough(isOn: boolean): OverlayState {
    const refusal = isOn ? clickThroughRefusal(overlayState()) : null;
    if (refusal) throw new FakeRequestError('conflict', refusal);
    clickThrough = isOn;
    publishOverlay();
    return overlayState();
  }

  function openDataFolder(): null {
    if (shell === 'browser') {
      throw new FakeRequestError('unavailable', 'The browser preview cannot open folders.');
    }
    foldersOpened += 1;
    return null;
  }

  /** The path every request takes in main: parse the arguments, run, answer with a Result. */
  async function handle<C extends RequestChannel>(
    channel: C,
    args: RequestArgs<C>,
    run: (...parsed: RequestArgs<C>) => Awaited<RequestValue<C>> | Result<never>,
  ): Promise<Result<Awaited<RequestValue<C>>>> {
    requests.push(structuredClone({ channel, args }) as FakeRequest);
    await (gate ?? Promise.resolve());
    const forced = forcedFailures.get(channel)?.shift();
    if (forced) return { ok: false, error: forced };
    const parsed = requestSchemas[channel].safeParse(args);
    if (!parsed.success)
      return fail('invalid-input', 'The request was not valid.', describeIssues(parsed.error));
    try {
      const value = run(...(parsed.data as RequestArgs<C>));
      if (isResult(value)) return value;
      return ok(structuredClone(value));
    } catch (error) {
      if (error instanceof FakeRequestError) return fail(error.code, error.message, error.issues);
      throw error;
    }
  }

  function isResult(value: unknown): value is Result<never> {
    return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
  }

  function start(input: StartCallInput): Call {
    const open = findOpen();
    if (open) {
      throw new FakeRequestError(
        'conflict',
        `The call with ${open.customer} is still open. End it before starting another.`,
      );
    }
    const call = createCall(newId(), input, findPlaybook(input.playbookId), clock());
    store(call);
    publish(call);
    return call;
  }

  function apply(callId: string, command: CallCommand): Call | Result<never> {
    if (isFailingSaves && command.type === 'edit-notes') return unreachable;
    const call = getCall(callId);
    const playbook = snapshot(call.playbookId, call.playbookVersion);
    const problem = commandProblem(call, command) ?? playbookProblem(playbook, command);
    if (problem) throw new FakeRequestError('conflict', problem);
    if (command.type === 'end') {
      const check = checkClosing(draftOf(command.closing), playbook, localDate(clock()));
      if (!check.ok) {
        const first =
          Object.values(check.errors)[0] ?? 'Confirm that this call ends without a next action.';
        throw new FakeRequestError('invalid-input', first);
      }
      command = { type: 'end', closing: check.closing };
    }
    const next = applyCommand(call, command, clock());
    store(next);
    publish(next);
    return next;
  }

  function history(query: HistoryQuery): HistoryPage {
    const needle = query.search.trim().toLowerCase();
    const matching = [...calls.values()]
      .filter(isEnded)
      .filter(
        (call) =>
          needle === '' ||
          [call.customer, call.accountNumber, call.invoice, call.notes].some((text) =>
            text.toLowerCase().includes(needle),
          ),
      )
      .filter((call) => query.after === null || positionOf(call) < query.after.before)
      .sort(newestFirst);
    const items = matching.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(summarizeCall),
      next: matching.length > query.limit && last ? { before: positionOf(last) } : null,
    };
  }

  function seed(seedCall: CallSeed, isEndedSeed: boolean): Call {
    const playbook = playbooks[0];
    if (!playbook) throw new Error('The fake has no playbook to seed a call with.');
    const startedAt = seedCall.startedAt ?? clock() - (seedCall.durationMs ?? 240_000);
    let call = createCall(
      newId(),
      {
        playbookId: playbook.id,
        customer: seedCall.customer,
        accountNumber: seedCall.accountNumber ?? '',
        invoice: seedCall.invoice ?? '',
        amountDueCents: seedCall.amountDueCents ?? null,
        contact: seedCall.contact ?? '',
        customerSince: '',
        dueOn: seedCall.dueOn ?? null,
      },
      playbook,
      startedAt,
    );
    for (const [stepId, offset] of Object.entries(seedCall.checkedSteps ?? {})) {
      call = applyCommand(call, { type: 'check-step', stepId }, startedAt + offset);
    }
    for (const branchId of seedCall.branchIds ?? []) {
      call = applyCommand(call, { type: 'open-branch', branchId }, startedAt);
    }
    call = {
      ...applyCommand(call, { type: 'edit-notes', notes: seedCall.notes ?? '' }, startedAt),
      captures: seedCall.captures ?? {},
      questionsAsked: seedCall.questionsAsked ?? [],
    };
    if (isEndedSeed) {
      call = {
        ...call,
        endedAt: startedAt + (seedCall.durationMs ?? 240_000),
        closing: seedCall.closing ?? null,
      };
    } else if (findOpen()) {
      throw new Error('The fake already holds an open call.');
    }
    store(call);
    return structuredClone(call);
  }

  const api = {
    app: {
      status: () =>
        handle('app:status', [], (): AppStatus => ({
          dataDir: '/fake/call-coach',
          storageNotice: options.storageNotice ?? null,
        })),
      openDataFolder: () => handle('app:open-data-folder', [], openDataFolder),
    },
    playbooks: {
      list: () => handle('playbooks:list', [], listing),
      get: (playbookId, version) => handle('playbooks:get', [playbookId, version], snapshot),
      import: (fileText) => handle('playbooks:import', [fileText], importPlaybook),
      export: (playbookId) => handle('playbooks:export', [playbookId], exportPlaybook),
    },
    settings: {
      get: () => handle('settings:get', [], () => settings),
      update: (patch) => handle('settings:update', [patch], updateSettings),
      reset: () => handle('settings:reset', [], () => storeSettings(DEFAULT_SETTINGS)),
    },
    overlay: {
      state: () => handle('overlay:state', [], overlayState),
      setClickThrough: (isOn) =>
        handle('overlay:set-click-through', [isOn], () => setClickThrough(isOn)),
    },
    calls: {
      start: (input) => handle('calls:start', [input], start),
      apply: (callId, command) => handle('calls:apply', [callId, command], apply),
      active: () => handle('calls:active', [], findOpen),
      get: (callId) => handle('calls:get', [callId], getCall),
      history: (query) => handle('calls:history', [query], history),
    },
    events: {
      callChanged: (listener): Unsubscribe => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      playbooksChanged: (listener): Unsubscribe => {
        playbookListeners.add(listener);
        return () => playbookListeners.delete(listener);
      },
      settingsChanged: (listener): Unsubscribe => {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
      overlayChanged: (listener): Unsubscribe => {
        overlayListeners.add(listener);
        return () => overlayListeners.delete(listener);
      },
      hotkeyPressed: (listener): Unsubscribe => {
        hotkeyListeners.add(listener);
        return () => hotkeyListeners.delete(listener);
      },
      viewRequested: (listener): Unsubscribe => {
        viewListeners.add(listener);
        return () => viewListeners.delete(listener);
      },
    },
  } satisfies CallCoachApi;

  const control: FakeControl = {
    requests,
    requestsTo: <C extends RequestChannel>(channel: C) =>
      requests
        .filter((request) => request.channel === channel)
        .map((request) => request.args as RequestArgs<C>),
    failSaves(isFailing) {
      isFailingSaves = isFailing;
    },
    failNext(channel, error) {
      forcedFailures.set(channel, [...(forcedFailures.get(channel) ?? []), error]);
    },
    hold() {
      let release = () => {};
      const previous = gate ?? Promise.resolve();
      const held = new Promise<void>((resolve) => (release = resolve));
      gate = Promise.all([previous, held]).then(() => {});
      return release;
    },
    emitCallChanged: emit,
    pressHotkey(action) {
      for (const listener of [...hotkeyListeners]) listener({ action });
    },
    requestView(view) {
      for (const listener of [...viewListeners]) listener({ view });
    },
    overlayState,
    get foldersOpened() {
      return foldersOpened;
    },
    seedEndedCall: (seedCall) => seed(seedCall, true),
    seedOpenCall: (seedCall) => seed(seedCall, false),
    storedCall: (callId) => calls.get(callId),
    storedPlaybooks: () => [...playbooks],
    storedSettings: () => settings,
    advanceClock(milliseconds) {
      manualNow += milliseconds;
    },
    now: clock,
    get subscriberCount() {
      return listeners.size;
    },
  };

  return { api, control };
}
