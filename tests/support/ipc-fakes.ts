import type { Logger } from '../../electron/main/core/logger';
import type { IpcMainLike } from '../../electron/main/ipc/register-handlers';
import { requestChannels } from '../../shared/ipc/channels';
import type { HandlerMap } from '../../shared/ipc/contract';

/**
 * A complete HandlerMap for testing the dispatcher itself: the given handlers, and every other
 * channel answering with its own name.
 */
export function createFakeHandlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  const answerWithName = Object.fromEntries(
    requestChannels.map((channel) => [channel, () => channel]),
  ) as unknown as HandlerMap;
  return { ...answerWithName, ...overrides };
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
  /** As `invoke`, from a frame inside the page at `senderUrl` (an iframe). */
  invokeFromSubFrame(channel: string, senderUrl: string, ...args: unknown[]): unknown;
} {
  const handlers = new Map<string, IpcListener>();
  const registrations: string[] = [];
  function listenerFor(channel: string): IpcListener {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for ${channel}`);
    return listener;
  }
  return {
    handlers,
    registrations,
    handle(channel, listener) {
      registrations.push(channel);
      handlers.set(channel, listener);
    },
    invoke(channel, senderUrl, ...args) {
      const frame = senderUrl === null ? null : { url: senderUrl, parent: null };
      return listenerFor(channel)({ senderFrame: frame }, ...args);
    },
    invokeFromSubFrame(channel, senderUrl, ...args) {
      const top = { url: 'app://call-coach/index.html', parent: null };
      return listenerFor(channel)({ senderFrame: { url: senderUrl, parent: top } }, ...args);
    },
  };
}
