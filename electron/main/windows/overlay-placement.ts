import type { WindowLayout } from '../../../shared/domain/settings';
import type { SettingsRepository } from '../modules/settings/settings-repository';
import {
  displayLayoutKey,
  migrateLegacyBounds,
  parseBoundsMemory,
  recallBounds,
  rememberBounds,
  type BoundsMemory,
  type DisplayInfo,
} from './display-layouts';
import { placeOverlay, type Rect, type Size } from './window-bounds';

/** Where the overlay's places are stored: per set of displays, then per layout. */
export const OVERLAY_LAYOUTS_KEY = 'window.overlay.layouts';
/** The single rectangle stored before places were kept per layout (read, never deleted). */
export const LEGACY_OVERLAY_BOUNDS_KEY = 'window.overlay.bounds';

/** The connected displays, read fresh each time (Electron's `screen`, or a test's fake). */
export interface DisplaySource {
  displays(): readonly DisplayInfo[];
  primary(): DisplayInfo;
}

export interface OverlayPlacementDeps {
  readonly screen: DisplaySource;
  readonly storage: Pick<SettingsRepository, 'read' | 'write'>;
}

/**
 * Remembers where the caller puts the overlay, separately for each layout and each set of
 * displays, so docking and undocking a laptop brings the overlay back to where it was on that
 * desk, and never leaves it off-screen.
 */
export interface OverlayPlacement {
  /**
   * Where the `layout` window goes on the displays connected now: its remembered place there,
   * else `fallback`, else the top-right corner of the primary display at `defaultSize`; always
   * pulled fully onto a display.
   */
  place(layout: WindowLayout, defaultSize: Size, fallback?: Rect): Rect;
  /** `bounds` pulled fully onto a display (after the window grew, say). */
  keepVisible(bounds: Rect, defaultSize: Size): Rect;
  /** Remembers where the `layout` window is, for the displays it was last placed on. */
  remember(layout: WindowLayout, bounds: Rect): void;
}

function readQuietly(storage: OverlayPlacementDeps['storage'], key: string): unknown {
  try {
    return storage.read(key);
  } catch {
    // A value that is not JSON at all reads as nothing stored.
    return undefined;
  }
}

export function createOverlayPlacement({
  screen,
  storage,
}: OverlayPlacementDeps): OverlayPlacement {
  // The displays the window was last placed on: what it remembers is filed under them, even if
  // the system has already moved it because a monitor went away.
  let displaysKey = displayLayoutKey(screen.displays());
  let memory: BoundsMemory = parseBoundsMemory(readQuietly(storage, OVERLAY_LAYOUTS_KEY));

  const migrated = migrateLegacyBounds(
    memory,
    readQuietly(storage, LEGACY_OVERLAY_BOUNDS_KEY),
    displaysKey,
  );
  if (migrated) {
    memory = migrated;
    storage.write(OVERLAY_LAYOUTS_KEY, memory);
  }

  function fit(wanted: Rect | null, defaultSize: Size): Rect {
    const displays = screen.displays();
    return placeOverlay(
      wanted,
      displays.map((display) => display.workArea),
      screen.primary().workArea,
      defaultSize,
    );
  }

  return {
    place(layout, defaultSize, fallback) {
      displaysKey = displayLayoutKey(screen.displays());
      return fit(recallBounds(memory, displaysKey, layout) ?? fallback ?? null, defaultSize);
    },
    keepVisible: fit,
    remember(layout, bounds) {
      memory = rememberBounds(memory, displaysKey, layout, bounds);
      storage.write(OVERLAY_LAYOUTS_KEY, memory);
    },
  };
}
