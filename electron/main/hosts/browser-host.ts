import { HOTKEY_ACTIONS, type HotkeyStatusMap } from '../../../shared/domain/hotkeys';
import { RequestError } from '../core/request-error';
import { platformOf, type OverlayHost } from './overlay-host';

/**
 * The browser preview's host: a tab has no window to keep on top, cannot listen for keys while
 * another app has focus and cannot open folders. Hotkeys still work inside the tab (the renderer
 * handles them), so they read as window-only.
 */
export function createBrowserHost(nodePlatform: NodeJS.Platform = process.platform): OverlayHost {
  return {
    shell: 'browser',
    platform: platformOf(nodePlatform),
    registerHotkeys: (hotkeys) =>
      Object.fromEntries(
        HOTKEY_ACTIONS.map((action) => [action, hotkeys[action] === null ? 'off' : 'window-only']),
      ) as HotkeyStatusMap,
    setClickThrough: () => undefined,
    applySettings: () => undefined,
    toggleVisible: () => undefined,
    reveal: () => undefined,
    openFolder: () =>
      Promise.reject(
        new RequestError(
          'unavailable',
          'The browser preview cannot open folders on this computer. The path is shown above; open it from your file manager.',
        ),
      ),
    chooseSavePath: () => Promise.resolve(null),
    // A tab cannot start the mail program itself, but following a mailto: link makes the browser
    // ask the system to; the link is the one main built, so the page only carries it out.
    openMailDraft: (href) => Promise.resolve({ kind: 'follow', href }),
    // A tab's notifications would need the page to ask for permission; the count in the title
    // says the same quietly.
    notify: () => undefined,
  };
}
