// A stand-in for the renderer side of 'electron' (contextBridge + ipcRenderer), for loading the
// preload in Node. Use it from `vi.mock('electron', ...)`; the test imports the same instance.

type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface InvokeCall {
  readonly channel: string;
  readonly args: readonly unknown[];
}

function createFakeRendererElectron() {
  const exposed = new Map<string, unknown>();
  const invocations: InvokeCall[] = [];
  const listeners = new Map<string, IpcListener[]>();
  let answer: (channel: string, args: readonly unknown[]) => Promise<unknown> = (channel) =>
    Promise.resolve({ ok: true, value: channel });

  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      invocations.push({ channel, args });
      return answer(channel, args);
    },
    on(channel: string, listener: IpcListener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: IpcListener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
      return ipcRenderer;
    },
  };

  return {
    module: {
      contextBridge: {
        exposeInMainWorld(key: string, api: unknown) {
          exposed.set(key, api);
        },
      },
      ipcRenderer,
    },
    exposed,
    invocations,
    listenerCount: (channel: string) => (listeners.get(channel) ?? []).length,
    /** Plays main sending an event: listeners get Electron's event object first, like the real one. */
    emit(channel: string, event: unknown, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener(event, payload);
    },
    answerWith(next: (channel: string, args: readonly unknown[]) => Promise<unknown>) {
      answer = next;
    },
    reset() {
      invocations.length = 0;
      answer = (channel) => Promise.resolve({ ok: true, value: channel });
    },
  };
}

export const fakeRendererElectron = createFakeRendererElectron();
