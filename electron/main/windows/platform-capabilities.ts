import type { BrowserWindow } from 'electron';
import type { Platform } from '../../../shared/domain/hotkeys';

type OnTopLevel = NonNullable<Parameters<BrowserWindow['setAlwaysOnTop']>[1]>;

/** Which of the overlay's window features each platform has, as Electron documents them. */
export interface WindowCapabilities {
  /**
   * The always-on-top level to ask for, or null where Electron takes no level (the `level`
   * argument is macOS and Windows only).
   */
  readonly onTopLevel: OnTopLevel | null;
  /**
   * How an on-top window joins every workspace: `with-full-screen` also joins full-screen apps'
   * Spaces (macOS), `plain` is a sticky window (Linux), `none` where the call does nothing
   * (Windows).
   */
  readonly allWorkspaces: 'with-full-screen' | 'plain' | 'none';
  /** `setOpacity` works (Windows and macOS; it does nothing on Linux). */
  readonly opacity: boolean;
  /** `setContentProtection` works (Windows and macOS only). */
  readonly contentProtection: boolean;
}

/*
 * `pop-up-menu` is the lowest level Electron documents as shown above the Dock on macOS and the
 * taskbar on Windows (`floating` to `status` sit below them), so a full-screen softphone's Dock
 * or taskbar never covers the overlay. Higher levels buy nothing here: on Windows every level
 * from `pop-up-menu` up is the same topmost band, and on macOS `screen-saver` would also draw
 * over the screen saver, showing a customer's details on an unattended desk.
 */
export const WINDOW_CAPABILITIES: Readonly<Record<Platform, WindowCapabilities>> = {
  darwin: {
    onTopLevel: 'pop-up-menu',
    allWorkspaces: 'with-full-screen',
    opacity: true,
    contentProtection: true,
  },
  win32: {
    onTopLevel: 'pop-up-menu',
    allWorkspaces: 'none',
    opacity: true,
    contentProtection: true,
  },
  linux: { onTopLevel: null, allWorkspaces: 'plain', opacity: false, contentProtection: false },
  other: { onTopLevel: null, allWorkspaces: 'none', opacity: false, contentProtection: false },
};
