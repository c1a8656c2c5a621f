import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { unreachable, type Result } from '../../shared/ipc/result';
import { KEEP_EARLY_ANSWERS_MS, withStartUpReads } from '../../shared/ipc/start-up-reads';

// The only code with ipcRenderer. The page gets one named method per contract channel and never
// sees ipcRenderer, the IPC event object or a generic invoke. The start-up reads go out as the
// preload runs, before the page's script has loaded (shared/ipc/start-up-reads.ts).
contextBridge.exposeInMainWorld(
  'callCoach',
  buildApi(
    withStartUpReads(
      {
        invoke: async (channel, args) => {
          try {
            return (await ipcRenderer.invoke(channel, ...args)) as Result<unknown>;
          } catch {
            return unreachable;
          }
        },
        subscribe: (channel, listener) => {
          const forward = (_event: unknown, payload: unknown) => listener(payload);
          ipcRenderer.on(channel, forward);
          return () => {
            ipcRenderer.removeListener(channel, forward);
          };
        },
      },
      { expire: (drop) => setTimeout(drop, KEEP_EARLY_ANSWERS_MS) },
    ),
  ),
);
