import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './web-preferences';
import { OVERLAY_MIN_SIZE, placeOverlay, type Rect } from './window-bounds';

export interface OverlayWindowOptions {
  readonly preloadPath: string;
  readonly url: string;
  readonly savedBounds: Rect | null;
  readonly onBoundsChange: (bounds: Rect) => void;
}

// Moving or resizing fires many events; the last place is saved once the window settles.
const SAVE_BOUNDS_DELAY_MS = 500;

/**
 * The compact overlay that sits beside the phone system. It is created hidden and shown with
 * `showInactive()`, so opening it never takes focus from the softphone, and it stays on top.
 */
export function createOverlayWindow(options: OverlayWindowOptions): BrowserWindow {
  const bounds = placeOverlay(
    options.savedBounds,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: OVERLAY_MIN_SIZE.width,
    minHeight: OVERLAY_MIN_SIZE.height,
    title: 'Call Coach',
    show: false,
    alwaysOnTop: true,
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.setAlwaysOnTop(true, 'floating');
  window.once('ready-to-show', () => window.showInactive());

  let saveTimer: NodeJS.Timeout | undefined;
  const saveBounds = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(
      () => options.onBoundsChange(window.getNormalBounds()),
      SAVE_BOUNDS_DELAY_MS,
    );
  };
  window.on('move', saveBounds);
  window.on('resize', saveBounds);
  window.on('close', () => {
    clearTimeout(saveTimer);
    options.onBoundsChange(window.getNormalBounds());
  });

  void window.loadURL(options.url);
  return window;
}
