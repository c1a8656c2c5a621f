import type { HotkeyStatusMap, Platform } from './hotkeys';

/**
 * The overlay window as it stands now (not a preference: nothing here outlives the app).
 * Click-through in particular is never stored, so a restart always gives a clickable window.
 */
export interface OverlayState {
  /** `desktop`: the Electron app. `browser`: the preview, which has no window of its own. */
  readonly shell: 'desktop' | 'browser';
  readonly platform: Platform;
  /** Clicks pass through the overlay to whatever is under it. */
  readonly clickThrough: boolean;
  /** Whether each hotkey is registered with the system. */
  readonly hotkeys: HotkeyStatusMap;
}

/**
 * Why click-through cannot be turned on now, or null when it can. It needs a working way out:
 * a hotkey the system has registered, which keeps working while clicks pass through.
 */
export function clickThroughRefusal(state: OverlayState): string | null {
  if (state.shell === 'browser') {
    return 'Click-through needs the desktop app: a browser tab cannot pass clicks to other windows.';
  }
  if (state.hotkeys['toggle-click-through'] !== 'active') {
    return 'Click-through stays off until its hotkey works: pick a combination for “Turn click-through on or off” that the system accepts.';
  }
  return null;
}
