import { requestChannels } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';
import type { Dispatch } from './dispatch';

/** The slice of Electron's `ipcMain` this module needs, so it can be driven by a fake in tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: {
        readonly senderFrame: { readonly url: string; readonly parent: object | null } | null;
      },
      ...args: unknown[]
    ) => unknown,
  ): void;
}

/**
 * Registers one `invoke` handler per contract channel. Each first checks that the request comes
 * from the top frame of our own UI (a frame showing remote or injected content, a frame inside
 * the page, or a frame already gone gets nothing), then dispatches.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const channel of requestChannels) {
    ipcMain.handle(channel, (event, ...args) => {
      const frame = event.senderFrame;
      // The UI is one page with no frames; a sub-frame is never ours, whatever its URL says.
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return fail('forbidden', 'This window is not allowed to talk to Call Coach.');
      }
      return dispatch(channel, args);
    });
  }
}
