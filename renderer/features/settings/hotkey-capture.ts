import {
  checkHotkeys,
  comboFromKeyPress,
  formatCombo,
  type HotkeyAction,
  type HotkeyMap,
  type KeyPress,
  type Platform,
} from '../../../shared/domain/hotkeys';

/** A keydown as capture sees it: the physical key and modifiers, plus the key's name. */
export interface CapturedKey extends KeyPress {
  /** `KeyboardEvent.key`: tells a lone modifier, Escape and Tab apart. */
  readonly key: string;
}

/** What one key press means while a row waits for its new combination. */
export type CaptureOutcome =
  /** A modifier on its own: the caller is still building the combination. */
  | { readonly kind: 'wait' }
  | { readonly kind: 'cancel' }
  /** Plain Tab: the caller is moving on, and focus should go with them. */
  | { readonly kind: 'leave' }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'combo'; readonly combo: string };

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS']);

function unusableKeyMessage(platform: Platform): string {
  const modifiers = platform === 'darwin' ? 'Cmd or Option' : 'Ctrl or Alt';
  return `Call Coach can’t use that key. Hold ${modifiers} and press a letter, a digit, a function key or an arrow.`;
}

/**
 * Reads a key press for `action`: a combination to save, or why it cannot be one. Problems
 * are found here first (the rules, and clashes with the other actions) so the caller hears at
 * once; main still checks what the system itself will accept.
 */
export function captureKeyPress(
  press: CapturedKey,
  action: HotkeyAction,
  hotkeys: HotkeyMap,
  platform: Platform,
): CaptureOutcome {
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'wait' };
  if (press.key === 'Escape') return { kind: 'cancel' };
  const hasCommandModifier = press.ctrlKey || press.altKey || press.metaKey;
  if (press.key === 'Tab' && !hasCommandModifier) return { kind: 'leave' };

  const combo = comboFromKeyPress(press, platform);
  if (!combo) return { kind: 'problem', message: unusableKeyMessage(platform) };
  const text = formatCombo(combo);
  const problem = checkHotkeys({ ...hotkeys, [action]: text }, [action], platform).find(
    (found) => found.action === action,
  );
  return problem ? { kind: 'problem', message: problem.message } : { kind: 'combo', combo: text };
}
