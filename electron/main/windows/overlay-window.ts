import { BrowserWindow, screen, type Display } from 'electron';
import type { TextSize, WindowLayout } from '../../../shared/domain/settings';
import type { Logger } from '../core/logger';
import type { SettingsRepository } from '../modules/settings/settings-repository';
import type { DisplayInfo } from './display-layouts';
import { createOverlayPlacement, type DisplaySource } from './overlay-placement';
import { secureWebPreferences } from './web-preferences';
import { overlaySizes, type OverlaySizes, type Rect } from './window-bounds';

export interface OverlayWindowOptions {
  readonly preloadPath: string;
  readonly url: string;
  /** Whether the window may open DevTools: in development, never in the packaged app. */
  readonly allowDevTools: boolean;
  /** Where the window's places are remembered (the core's key-value settings). */
  readonly storage: Pick<SettingsRepository, 'read' | 'write'>;
  /** The layout and text size to open with (the stored preferences). */
  readonly layout: WindowLayout;
  readonly textSize: TextSize;
  /** True once the app is quitting: only then does closing the window really close it. */
  readonly isQuitting: () => boolean;
  /** The caller closed the window and it went to the tray instead. */
  readonly onHiddenToTray: () => void;
  readonly log: Logger;
}

/** The overlay window and what the shell does with it beyond Electron's own methods. */
export interface OverlayWindow {
  readonly window: BrowserWindow;
  /** Whether the caller can see it: shown and not minimized. */
  isShown(): boolean;
  /**
   * Switches to `layout` at its remembered place and size for the connected displays, and sets
   * the minimum size for the layout at `textSize`. The same values again change nothing.
   */
  applyLayout(layout: WindowLayout, textSize: TextSize): void;
  /** Calls `listener` each time the window is shown, hidden, minimized or restored. */
  onVisibilityChange(listener: (isShown: boolean) => void): void;
}

// Moving or resizing fires many events; the place is remembered once the window settles.
const SAVE_BOUNDS_DELAY_MS = 500;

function displayInfo({ bounds, workArea, scaleFactor }: Display): DisplayInfo {
  return { bounds, workArea, scaleFactor };
}

const electronDisplays: DisplaySource = {
  displays: () => screen.getAllDisplays().map(displayInfo),
  primary: () => displayInfo(screen.getPrimaryDisplay()),
};

/** A `size` rectangle that keeps `bounds`' top-right corner, where the overlay opens by default. */
function anchoredTopRight(bounds: Rect, size: OverlaySizes['default']): Rect {
  return { ...size, x: bounds.x + bounds.width - size.width, y: bounds.y };
}

/** `bounds`, made at least `min` in each direction (a larger text size raised the minimum). */
function grownTo(bounds: Rect, min: OverlaySizes['min']): Rect {
  return {
    ...bounds,
    width: Math.max(bounds.width, min.width),
    height: Math.max(bounds.height, min.height),
  };
}

function isSameSizes(a: OverlaySizes, b: OverlaySizes): boolean {
  return (
    a.min.width === b.min.width &&
    a.min.height === b.min.height &&
    a.default.width === b.default.width &&
    a.default.height === b.default.height
  );
}

/**
 * The overlay that sits beside the phone system. It is created hidden and shown with
 * `showInactive()`, so opening it never takes focus from the softphone; always-on-top, opacity
 * and the rest come from the preferences (the host's `applySettings`). Closing it hides it to
 * the tray: only quitting closes it.
 */
export function createOverlayWindow(options: OverlayWindowOptions): OverlayWindow {
  const placement = createOverlayPlacement({ screen: electronDisplays, storage: options.storage });
  let layout = options.layout;
  let sizes = overlaySizes(layout, options.textSize);

  const window = new BrowserWindow({
    ...placement.place(layout, sizes.default),
    minWidth: sizes.min.width,
    minHeight: sizes.min.height,
    title: 'Call Coach',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(options.preloadPath, {
      allowDevTools: options.allowDevTools,
    }),
  });
  window.once('ready-to-show', () => window.showInactive());

  let saveTimer: NodeJS.Timeout | undefined;
  function cancelSave(): void {
    clearTimeout(saveTimer);
    saveTimer = undefined;
  }
  function saveNow(): void {
    cancelSave();
    try {
      placement.remember(layout, window.getNormalBounds());
    } catch (error) {
      // Losing a window position is not worth interrupting a call for.
      options.log.error('Could not remember where the overlay is.', error);
    }
  }
  function saveSoon(): void {
    cancelSave();
    saveTimer = setTimeout(saveNow, SAVE_BOUNDS_DELAY_MS);
  }
  window.on('move', saveSoon);
  window.on('resize', saveSoon);

  function followDisplays(): void {
    if (window.isDestroyed()) return;
    // A pending save would file the place the system just moved the window to under the old
    // displays, and docking again would bring the overlay back there.
    cancelSave();
    window.setBounds(placement.place(layout, sizes.default, window.getNormalBounds()));
  }
  screen.on('display-added', followDisplays);
  screen.on('display-removed', followDisplays);
  screen.on('display-metrics-changed', followDisplays);
  window.once('closed', () => {
    screen.removeListener('display-added', followDisplays);
    screen.removeListener('display-removed', followDisplays);
    screen.removeListener('display-metrics-changed', followDisplays);
  });

  window.on('close', (event) => {
    saveNow();
    if (options.isQuitting()) return;
    // The app keeps its hotkeys and the open call; quitting is always an explicit choice.
    event.preventDefault();
    window.hide();
    options.onHiddenToTray();
  });

  function isShown(): boolean {
    return window.isVisible() && !window.isMinimized();
  }

  function resizeTo(bounds: Rect, next: OverlaySizes): void {
    // The old minimum would hold the window back (expanded's height keeps compact tall), so it
    // is lifted for the move and the new one set after.
    window.setMinimumSize(0, 0);
    window.setBounds(bounds);
    window.setMinimumSize(next.min.width, next.min.height);
  }

  void window.loadURL(options.url);
  return {
    window,
    isShown,
    applyLayout(nextLayout, nextTextSize) {
      const next = overlaySizes(nextLayout, nextTextSize);
      const isNewLayout = nextLayout !== layout;
      if (!isNewLayout && isSameSizes(next, sizes)) return;
      // The place of the layout being left, so switching back returns to it.
      if (isNewLayout) saveNow();
      const current = window.getNormalBounds();
      const target = isNewLayout
        ? placement.place(nextLayout, next.default, anchoredTopRight(current, next.default))
        : placement.keepVisible(grownTo(current, next.min), next.default);
      layout = nextLayout;
      sizes = next;
      resizeTo(target, next);
    },
    onVisibilityChange(listener) {
      const notify = () => listener(isShown());
      window.on('show', notify);
      window.on('hide', notify);
      window.on('minimize', notify);
      window.on('restore', notify);
    },
  };
}
