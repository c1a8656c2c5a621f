import { requestChannels } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';
import type { Dispatch } from './dispatch';

/** The slice of Electron's `ipcMain` this module needs, so it can be driven by a fake in tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: { readonly senderFrame: { readonly url: string } | null },
      ...args: unknown[]
    ) => unknown,
  ): void;
}

/**
 * Registers one `invoke` handler per contract channel. Each first checks that the request comes
 * from our own UI (a frame showing remote or injected content gets nothing), then dispatches.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const channel of requestChannels) {
    ipcMain.handle(channel, (event, ...args) => {
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedUrl(url)) {
        return fail('forbidden', 'This window is not allowed to talk to Call Coach.');
      }
      return dispatch(channel, args);
    });
  }
}
