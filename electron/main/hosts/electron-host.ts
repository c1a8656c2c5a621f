import type {
  BrowserWindow,
  Dialog,
  GlobalShortcut,
  NotificationConstructorOptions,
  Shell,
} from 'electron';
import {
  HOTKEY_ACTIONS,
  toAccelerator,
  type HotkeyStatus,
  type HotkeyStatusMap,
} from '../../../shared/domain/hotkeys';
import { isOfferedMailtoLink } from '../../../shared/domain/mailto';
import type { Settings, TextSize, WindowLayout } from '../../../shared/domain/settings';
import { RequestError } from '../core/request-error';
import { WINDOW_CAPABILITIES, type WindowCapabilities } from '../windows/platform-capabilities';
import { platformOf, type OverlayHost } from './overlay-host';

/** The Electron window methods the host calls. */
export type HostedWindow = Pick<
  BrowserWindow,
  | 'hide'
  | 'show'
  | 'showInactive'
  | 'focus'
  | 'setAlwaysOnTop'
  | 'setVisibleOnAllWorkspaces'
  | 'setOpacity'
  | 'setContentProtection'
  | 'setIgnoreMouseEvents'
>;

/** The overlay window as the host drives it (`OverlayWindow` from windows/overlay-window). */
export interface HostedOverlay {
  readonly window: HostedWindow;
  isShown(): boolean;
  applyLayout(layout: WindowLayout, textSize: TextSize): void;
  onVisibilityChange(listener: (isShown: boolean) => void): void;
}

/** Electron's `Notification` class as the host uses it: shown, and told when it is clicked. */
export interface ClickableNotificationClass {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): {
    show(): void;
    on(event: 'click', listener: () => void): unknown;
  };
}

/** Electron's modules, passed in by index.ts: only the shell files import `electron`. */
export interface ElectronHostDeps {
  readonly globalShortcut: Pick<GlobalShortcut, 'register' | 'unregisterAll'>;
  readonly shell: Pick<Shell, 'openPath' | 'openExternal'>;
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  readonly Notification: ClickableNotificationClass;
  readonly nodePlatform?: NodeJS.Platform;
}

export interface ElectronHost extends OverlayHost {
  /**
   * Hands over the overlay window, which is created after the core. Window calls made before
   * do nothing, except click-through, which is applied here; the preferences are applied by the
   * next `applySettings`.
   */
  attach(overlay: HostedOverlay): void;
}

function keepOnTop(window: HostedWindow, capabilities: WindowCapabilities): void {
  if (capabilities.allWorkspaces === 'with-full-screen') {
    // Joining full-screen apps' Spaces makes Electron turn the app into a menu-bar app (no Dock
    // icon) while it is on: macOS lets no ordinary app's window float over a full-screen one.
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  } else if (capabilities.allWorkspaces === 'plain') {
    window.setVisibleOnAllWorkspaces(true);
  }
  raiseOnTop(window, capabilities);
}

function raiseOnTop(window: HostedWindow, capabilities: WindowCapabilities): void {
  if (capabilities.onTopLevel) window.setAlwaysOnTop(true, capabilities.onTopLevel);
  else window.setAlwaysOnTop(true);
}

function releaseFromTop(window: HostedWindow, capabilities: WindowCapabilities): void {
  // Electron resets the level to `normal` with the flag; the workspaces call undoes the Dock
  // change on macOS and stops the window following every workspace.
  window.setAlwaysOnTop(false);
  if (capabilities.allWorkspaces !== 'none') window.setVisibleOnAllWorkspaces(false);
}

/**
 * The Electron shell's host: the overlay window, system-wide hotkeys and the file manager. It
 * carries out what the core's services decide and never takes focus unless asked to.
 */
export function createElectronHost({
  globalShortcut,
  shell,
  dialog,
  Notification,
  nodePlatform = process.platform,
}: ElectronHostDeps): ElectronHost {
  const platform = platformOf(nodePlatform);
  const capabilities = WINDOW_CAPABILITIES[platform];
  let overlay: HostedOverlay | null = null;
  let clickThrough = false;
  // What the attached window was last given, so applying the same preferences again is free.
  let applied: Settings | null = null;

  function register(combo: string | null, onPress: () => void): HotkeyStatus {
    if (combo === null) return 'off';
    const accelerator = toAccelerator(combo);
    // The settings service only passes combinations it has read; anything else cannot be held.
    if (accelerator === null) return 'taken';
    try {
      // `false` when the system or another app already holds it.
      return globalShortcut.register(accelerator, onPress) ? 'active' : 'taken';
    } catch {
      // Electron throws for an accelerator it cannot convert; it is no more usable than a taken one.
      return 'taken';
    }
  }

  function applyClickThrough(window: HostedWindow): void {
    // `forward` keeps mouse moves coming on macOS and Windows, so hover styles still follow the
    // pointer while clicks pass through; it only applies while ignoring.
    if (clickThrough) window.setIgnoreMouseEvents(true, { forward: true });
    else window.setIgnoreMouseEvents(false);
  }

  return {
    shell: 'desktop',
    platform,
    attach(next) {
      overlay = next;
      applied = null;
      if (clickThrough) applyClickThrough(next.window);
      next.onVisibilityChange((isShown) => {
        // A window set on top while hidden may not stay on top once shown on X11
        // (electron/electron#6103), so it is asked again each time it shows.
        if (isShown && applied?.alwaysOnTop) raiseOnTop(next.window, capabilities);
      });
    },
    registerHotkeys(hotkeys, onPress) {
      // Only this app's shortcuts: the new map replaces whatever was registered before.
      globalShortcut.unregisterAll();
      return Object.fromEntries(
        HOTKEY_ACTIONS.map((action) => [action, register(hotkeys[action], () => onPress(action))]),
      ) as HotkeyStatusMap;
    },
    setClickThrough(isOn) {
      clickThrough = isOn;
      if (overlay) applyClickThrough(overlay.window);
    },
    applySettings(settings) {
      if (!overlay) return;
      const { window } = overlay;
      // Only on a change: on macOS each workspaces call hides the window and the Dock for a
      // moment (Electron's docs), which a settings change elsewhere must not cause.
      if (applied?.alwaysOnTop !== settings.alwaysOnTop) {
        if (settings.alwaysOnTop) keepOnTop(window, capabilities);
        else releaseFromTop(window, capabilities);
      }
      if (capabilities.opacity && applied?.opacityPercent !== settings.opacityPercent) {
        window.setOpacity(settings.opacityPercent / 100);
      }
      if (
        capabilities.contentProtection &&
        applied?.hideFromScreenShare !== settings.hideFromScreenShare
      ) {
        window.setContentProtection(settings.hideFromScreenShare);
      }
      overlay.applyLayout(settings.layout, settings.textSize);
      applied = settings;
    },
    toggleVisible() {
      if (!overlay) return;
      if (overlay.isShown()) overlay.window.hide();
      else overlay.window.showInactive();
    },
    reveal({ focus }) {
      if (!overlay) return;
      if (focus) {
        overlay.window.show();
        overlay.window.focus();
      } else if (!overlay.isShown()) {
        overlay.window.showInactive();
      }
    },
    async openFolder(folder) {
      const failure = await shell.openPath(folder).catch((error: unknown) => String(error));
      // `openPath` resolves with an error message, or "" when the folder opened.
      if (failure !== '') {
        throw new RequestError(
          'unavailable',
          `Call Coach couldn't open the folder ${folder}. You can open it from your file manager instead.`,
        );
      }
    },
    async openMailDraft(href) {
      // The type says main built the link; this says so again at the one place that hands a URL
      // to the system, so nothing but a mail link of the offered size can ever get there.
      if (!isOfferedMailtoLink(href)) {
        throw new RequestError('invalid-input', 'Call Coach opens only mail links it made itself.');
      }
      try {
        await shell.openExternal(href);
      } catch {
        throw new RequestError(
          'unavailable',
          'No mail app opened the recap. Copy it, or save it as a draft, instead.',
        );
      }
      return { kind: 'opened' };
    },
    async chooseSavePath(suggestedName) {
      const choice = await dialog.showSaveDialog({ defaultPath: suggestedName });
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    notify({ title, body }, onClick) {
      if (!Notification.isSupported()) return;
      // Silent: the caller may be on a call, and a sound in their headset would be a nag.
      const notification = new Notification({ title, body, silent: true });
      notification.on('click', onClick);
      notification.show();
    },
  };
}
