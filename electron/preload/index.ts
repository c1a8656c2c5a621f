import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { unreachable, type Result } from '../../shared/ipc/result';

// The only code with ipcRenderer. The page gets one named method per contract channel and never
// sees ipcRenderer, the IPC event object or a generic invoke.
contextBridge.exposeInMainWorld(
  'callCoach',
  buildApi({
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
  }),
);
