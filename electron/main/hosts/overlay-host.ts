import type {
  HotkeyAction,
  HotkeyMap,
  HotkeyStatusMap,
  Platform,
} from '../../../shared/domain/hotkeys';
import type { MailtoHref } from '../../../shared/domain/mailto';
import type { Settings } from '../../../shared/domain/settings';
import type { RecapMailOpening } from '../../../shared/ipc/contracts/calls';

/**
 * What the core needs from whatever hosts the UI: the Electron shell (a real overlay window,
 * global hotkeys, a file manager) or the browser preview (none of these). The core's services
 * decide; the host only carries out.
 */
export interface OverlayHost {
  readonly shell: 'desktop' | 'browser';
  readonly platform: Platform;
  /**
   * Replaces every registered hotkey with `hotkeys`, calling `onPress` when one is used, and
   * says how each one stands (the system may refuse a combination another app holds).
   */
  registerHotkeys(hotkeys: HotkeyMap, onPress: (action: HotkeyAction) => void): HotkeyStatusMap;
  /** Lets clicks pass through the window (true) or catches them again (false). */
  setClickThrough(isOn: boolean): void;
  /** Applies the window preferences: on top, opacity, content protection, layout and size. */
  applySettings(settings: Settings): void;
  /** Shows the overlay without taking focus when hidden, hides it when shown. */
  toggleVisible(): void;
  /** Shows the overlay; with `focus`, also gives it the keyboard (only for actions that type). */
  reveal(options: { readonly focus: boolean }): void;
  /** Opens a folder in the system's file manager; throws a RequestError when it cannot. */
  openFolder(folder: string): Promise<void>;
  /**
   * Asks where to save a file the caller asked for, with the system's save dialog, offering
   * `suggestedName`; null when they cancelled. The browser preview has no dialog: it answers
   * null without asking, and the page downloads the file instead (see `shell`).
   */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /**
   * Opens a mail draft in the system's mail program from a `mailto:` link main built (never one
   * the page sent). The desktop hands it to the system; the browser preview cannot start a
   * program and hands it back for the page to follow. Throws a RequestError when it cannot.
   */
  openMailDraft(href: MailtoHref): Promise<RecapMailOpening>;
  /** Shows one desktop notification; clicking it runs `onClick`. The preview shows none. */
  notify(notice: { readonly title: string; readonly body: string }, onClick: () => void): void;
}

/** The platform as the shared domain names it. */
export function platformOf(nodePlatform: NodeJS.Platform): Platform {
  return nodePlatform === 'darwin' || nodePlatform === 'win32' || nodePlatform === 'linux'
    ? nodePlatform
    : 'other';
}
