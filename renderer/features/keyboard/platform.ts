import { parseCombo, type Platform } from '../../../shared/domain/hotkeys';
import type { OverlayState } from '../../../shared/domain/overlay';
import { useOverlayState } from '../../app/stores';

/** The platform as the browser tells it, for the moment before main has answered. */
export function guessPlatform(): Platform {
  const agent = navigator.userAgent;
  if (/Mac/i.test(agent)) return 'darwin';
  if (/Windows/i.test(agent)) return 'win32';
  if (/Linux|X11/i.test(agent)) return 'linux';
  return 'other';
}

/** The platform key combinations are pressed and shown on: main's word, else the browser's. */
export function platformOf(overlay: OverlayState | null): Platform {
  return overlay?.platform ?? guessPlatform();
}

export function usePlatform(): Platform {
  return platformOf(useOverlayState((state) => state.overlay));
}

// aria-keyshortcuts names keys as KeyboardEvent.key does.
const ARIA_KEYS: Readonly<Record<string, string>> = {
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
};

/** A stored combination as `aria-keyshortcuts` spells it: `Control+Alt+Shift+N`, Meta on a Mac. */
export function ariaKeyShortcuts(text: string, platform: Platform): string | undefined {
  const combo = parseCombo(text);
  if (!combo) return undefined;
  return [
    combo.ctrl && (platform === 'darwin' ? 'Meta' : 'Control'),
    combo.alt && 'Alt',
    combo.shift && 'Shift',
    ARIA_KEYS[combo.key] ?? combo.key,
  ]
    .filter(Boolean)
    .join('+');
}
