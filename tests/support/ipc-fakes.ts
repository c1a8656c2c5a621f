import type { Logger } from '../../electron/main/ipc/dispatch';
import { createHandlers, type HandlerServices } from '../../electron/main/ipc/handlers';
import type { IpcMainLike } from '../../electron/main/ipc/register-handlers';
import type { HistoryPage } from '../../shared/domain/history';
import { HOTKEY_ACTIONS, type HotkeyStatusMap } from '../../shared/domain/hotkeys';
import type { OverlayState } from '../../shared/domain/overlay';
import { DEFAULT_SETTINGS, applySettingsPatch } from '../../shared/domain/settings';
import type { HandlerMap } from '../../shared/ipc/contract';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import { buildCall } from './builders';

const OVERLAY_STATE: OverlayState = {
  shell: 'desktop',
  platform: 'linux',
  clickThrough: false,
  hotkeys: Object.fromEntries(
    HOTKEY_ACTIONS.map((action) => [action, 'active']),
  ) as HotkeyStatusMap,
};

export interface ServiceCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

/** Services for `createHandlers` that answer with fixed data and record what they were asked. */
export function createFakeServices(): HandlerServices & { readonly received: ServiceCall[] } {
  const received: ServiceCall[] = [];
  const record = (method: string, ...args: unknown[]) => received.push({ method, args });
  const emptyPage: HistoryPage = { items: [], next: null };
  return {
    received,
    status: () => {
      record('status');
      return { dataDir: '/tmp/call-coach-test', storageNotice: null };
    },
    playbooks: {
      list: () => {
        record('playbooks.list');
        return { playbooks: [defaultArPlaybook], defaultId: defaultArPlaybook.id };
      },
      get: (playbookId, version) => {
        record('playbooks.get', playbookId, version);
        return defaultArPlaybook;
      },
      current: (playbookId) => {
        record('playbooks.current', playbookId);
        return defaultArPlaybook;
      },
      import: (fileText) => {
        record('playbooks.import', fileText);
        return { playbook: defaultArPlaybook, message: 'Imported.' };
      },
      export: (playbookId) => {
        record('playbooks.export', playbookId);
        return { fileName: `${playbookId}-v2.json`, text: '{}' };
      },
    },
    settings: {
      get: () => {
        record('settings.get');
        return DEFAULT_SETTINGS;
      },
      update: (patch) => {
        record('settings.update', patch);
        return applySettingsPatch(DEFAULT_SETTINGS, patch);
      },
      reset: () => {
        record('settings.reset');
        return DEFAULT_SETTINGS;
      },
      applyStored: () => DEFAULT_SETTINGS,
    },
    overlay: {
      state: () => {
        record('overlay.state');
        return OVERLAY_STATE;
      },
      setClickThrough: (isOn) => {
        record('overlay.setClickThrough', isOn);
        return { ...OVERLAY_STATE, clickThrough: isOn };
      },
      registerHotkeys: () => OVERLAY_STATE.hotkeys,
      press: (action) => record('overlay.press', action),
      showView: (view) => record('overlay.showView', view),
      recover: () => record('overlay.recover'),
    },
    openDataFolder: () => {
      record('openDataFolder');
      return Promise.resolve();
    },
    calls: {
      start: (input) => {
        record('calls.start', input);
        return buildCall({ customer: input.customer });
      },
      apply: (callId, command) => {
        record('calls.apply', callId, command);
        return buildCall({ id: callId });
      },
      open: () => {
        record('calls.open');
        return null;
      },
      get: (callId) => {
        record('calls.get', callId);
        return buildCall({ id: callId });
      },
      history: (query) => {
        record('calls.history', query);
        return emptyPage;
      },
    },
  };
}

/** A complete HandlerMap over fake services, with some channels replaced. */
export function createFakeHandlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  return { ...createHandlers(createFakeServices()), ...overrides };
}

export interface LoggedError {
  readonly message: string;
  readonly error: unknown;
}

export function createRecordingLogger(): Logger & { readonly entries: LoggedError[] } {
  const entries: LoggedError[] = [];
  return {
    entries,
    error: (message, error) => {
      entries.push({ message, error });
    },
  };
}

type IpcListener = Parameters<IpcMainLike['handle']>[1];

/** An `ipcMain` that keeps the registered handlers so a test can play a renderer frame. */
export function createFakeIpcMain(): IpcMainLike & {
  readonly handlers: Map<string, IpcListener>;
  readonly registrations: string[];
  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): unknown;
} {
  const handlers = new Map<string, IpcListener>();
  const registrations: string[] = [];
  return {
    handlers,
    registrations,
    handle(channel, listener) {
      registrations.push(channel);
      handlers.set(channel, listener);
    },
    invoke(channel, senderUrl, ...args) {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`No handler registered for ${channel}`);
      return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
    },
  };
}
