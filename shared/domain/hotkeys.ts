/**
 * Keyboard shortcuts the caller can remap. Each one works system-wide in the desktop app (while
 * the softphone or ERP has focus) and inside the window everywhere.
 *
 * A combination is stored as text such as `Ctrl+Alt+Shift+M`. `Ctrl` is the platform's primary
 * modifier: Ctrl on Windows and Linux, Cmd on macOS (Electron's `CommandOrControl`).
 */

export const HOTKEY_ACTIONS = [
  'toggle-overlay',
  'start-or-end-call',
  'check-step',
  'previous-step',
  'open-check-in-mail',
  'open-promise-to-pay',
  'open-dispute',
  'focus-notes',
  'toggle-layout',
  'toggle-click-through',
] as const;

export type HotkeyAction = (typeof HOTKEY_ACTIONS)[number];

/** A combination for each action, or null when the caller turned it off. */
export type HotkeyMap = Readonly<Record<HotkeyAction, string | null>>;

export interface HotkeyActionInfo {
  /** What the action does, as a short label. */
  readonly label: string;
  /** Whether using it from another app moves keyboard focus to the overlay (only to type). */
  readonly takesFocus: boolean;
  /** A required hotkey cannot be turned off (the only sure way out of click-through). */
  readonly isRequired: boolean;
}

export const HOTKEY_ACTION_INFO: Readonly<Record<HotkeyAction, HotkeyActionInfo>> = {
  'toggle-overlay': { label: 'Show or hide the overlay', takesFocus: false, isRequired: false },
  'start-or-end-call': { label: 'Start or end a call', takesFocus: true, isRequired: false },
  'check-step': {
    label: 'Check the current step and go to the next',
    takesFocus: false,
    isRequired: false,
  },
  'previous-step': { label: 'Back to the previous step', takesFocus: false, isRequired: false },
  'open-check-in-mail': {
    label: 'Open “Check in the mail”',
    takesFocus: false,
    isRequired: false,
  },
  'open-promise-to-pay': { label: 'Open “Promise to pay”', takesFocus: false, isRequired: false },
  'open-dispute': { label: 'Open “Dispute”', takesFocus: false, isRequired: false },
  'focus-notes': { label: 'Type in the notes', takesFocus: true, isRequired: false },
  'toggle-layout': { label: 'Switch compact and expanded', takesFocus: false, isRequired: false },
  'toggle-click-through': {
    label: 'Turn click-through on or off',
    takesFocus: false,
    isRequired: true,
  },
};

/** The situation each "open" action opens, by the default playbook's ids. */
export const BRANCH_OF_ACTION: Partial<Readonly<Record<HotkeyAction, string>>> = {
  'open-check-in-mail': 'check-in-mail',
  'open-promise-to-pay': 'promise-to-pay',
  'open-dispute': 'dispute',
};

/**
 * Ctrl+Alt+Shift with a letter: common softphones, meeting apps and operating systems leave
 * these alone, and three modifiers are hard to press by accident while typing notes.
 */
export const DEFAULT_HOTKEYS: HotkeyMap = {
  'toggle-overlay': 'Ctrl+Alt+Shift+O',
  'start-or-end-call': 'Ctrl+Alt+Shift+C',
  'check-step': 'Ctrl+Alt+Shift+N',
  'previous-step': 'Ctrl+Alt+Shift+B',
  'open-check-in-mail': 'Ctrl+Alt+Shift+M',
  'open-promise-to-pay': 'Ctrl+Alt+Shift+P',
  'open-dispute': 'Ctrl+Alt+Shift+D',
  'focus-notes': 'Ctrl+Alt+Shift+T',
  'toggle-layout': 'Ctrl+Alt+Shift+E',
  'toggle-click-through': 'Ctrl+Alt+Shift+X',
};

export type Modifier = 'Ctrl' | 'Alt' | 'Shift';
const MODIFIERS: readonly Modifier[] = ['Ctrl', 'Alt', 'Shift'];

/** A parsed combination: its modifiers and one key (`A`–`Z`, `0`–`9`, `F1`–`F24`, a named key). */
export interface KeyCombo {
  readonly ctrl: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

const NAMED_KEYS = [
  'Space',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Insert',
  'Delete',
  'Backspace',
  'Enter',
  'Tab',
] as const;

const FUNCTION_KEY = /^F([1-9]|1\d|2[0-4])$/;

function isKnownKey(key: string): boolean {
  return (
    /^[A-Z0-9]$/.test(key) ||
    FUNCTION_KEY.test(key) ||
    (NAMED_KEYS as readonly string[]).includes(key)
  );
}

// Spellings people (and older versions) may use, mapped to ours.
const MODIFIER_ALIASES: Readonly<Record<string, Modifier>> = {
  ctrl: 'Ctrl',
  control: 'Ctrl',
  cmd: 'Ctrl',
  command: 'Ctrl',
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
};

/** Reads `ctrl+shift+m` or `Ctrl+Alt+F9`; null when it is not one key with modifiers. */
export function parseCombo(text: string): KeyCombo | null {
  const parts = text.split('+').map((part) => part.trim());
  const last = parts.pop();
  if (!last) return null;
  const key = last.length === 1 ? last.toUpperCase() : last[0]!.toUpperCase() + last.slice(1);
  if (!isKnownKey(key)) return null;
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    if (!modifier || modifiers.has(modifier)) return null;
    modifiers.add(modifier);
  }
  return {
    ctrl: modifiers.has('Ctrl'),
    alt: modifiers.has('Alt'),
    shift: modifiers.has('Shift'),
    key,
  };
}

/** The stored spelling, modifiers always in the same order: `Ctrl+Alt+Shift+M`. */
export function formatCombo(combo: KeyCombo): string {
  const held = MODIFIERS.filter((modifier) => combo[modifier.toLowerCase() as 'ctrl'] === true);
  return [...held, combo.key].join('+');
}

/** The stored spelling of any accepted text, or null when it is not a combination. */
export function normalizeCombo(text: string): string | null {
  const combo = parseCombo(text);
  return combo ? formatCombo(combo) : null;
}

/** Every combination in its stored spelling; text that is not a combination is left for checks. */
export function normalizeHotkeys(hotkeys: HotkeyMap): HotkeyMap {
  return Object.fromEntries(
    HOTKEY_ACTIONS.map((action) => {
      const text = hotkeys[action];
      return [action, text === null ? null : (normalizeCombo(text) ?? text)];
    }),
  ) as HotkeyMap;
}

/** The actions whose combination differs between two maps. */
export function changedHotkeys(before: HotkeyMap, after: HotkeyMap): HotkeyAction[] {
  return HOTKEY_ACTIONS.filter((action) => before[action] !== after[action]);
}

export type Platform = 'darwin' | 'win32' | 'linux' | 'other';

/** How a combination reads to the caller on their platform: `Cmd+Option+Shift+M` on a Mac. */
export function displayCombo(text: string, platform: Platform): string {
  const combo = parseCombo(text);
  if (!combo) return text;
  if (platform !== 'darwin') return formatCombo(combo);
  return [combo.ctrl && 'Cmd', combo.alt && 'Option', combo.shift && 'Shift', combo.key]
    .filter(Boolean)
    .join('+');
}

/** The same combination in Electron's accelerator syntax, for `globalShortcut`. */
export function toAccelerator(text: string): string | null {
  const combo = parseCombo(text);
  if (!combo) return null;
  return [combo.ctrl && 'CommandOrControl', combo.alt && 'Alt', combo.shift && 'Shift', combo.key]
    .filter(Boolean)
    .join('+');
}

/** The parts of a keydown event a combination is matched against. */
export interface KeyPress {
  /** The physical key, e.g. `KeyM`, `Digit1`, `F5`, `ArrowUp` (stays put under Alt and Shift). */
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const CODE_TO_KEY: Readonly<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  NumpadEnter: 'Enter',
};

function keyOfCode(code: string): string | null {
  const letterOrDigit = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(code);
  if (letterOrDigit) return letterOrDigit[1] ?? letterOrDigit[2] ?? letterOrDigit[3] ?? null;
  const key = CODE_TO_KEY[code] ?? code;
  return isKnownKey(key) ? key : null;
}

/**
 * The combination a key press makes, or null for a lone modifier or an unknown key. On a Mac
 * the primary modifier is Cmd; Ctrl there is a different key and is not part of any combination.
 */
export function comboFromKeyPress(press: KeyPress, platform: Platform): KeyCombo | null {
  const key = keyOfCode(press.code);
  if (!key) return null;
  const primary = platform === 'darwin' ? press.metaKey : press.ctrlKey;
  const other = platform === 'darwin' ? press.ctrlKey : press.metaKey;
  // A combination with the other modifier (Ctrl on a Mac, Windows key elsewhere) is not ours.
  if (other) return null;
  return { ctrl: primary, alt: press.altKey, shift: press.shiftKey, key };
}

/** The action a key press triggers inside the window, if any. */
export function actionForKeyPress(
  press: KeyPress,
  hotkeys: HotkeyMap,
  platform: Platform,
): HotkeyAction | null {
  const combo = comboFromKeyPress(press, platform);
  if (!combo) return null;
  const text = formatCombo(combo);
  return HOTKEY_ACTIONS.find((action) => hotkeys[action] === text) ?? null;
}

/**
 * Combinations other software relies on: the operating system's, editing keys every app uses,
 * and the answer, hang-up and mute keys of common softphones and meeting apps. `Ctrl` is Cmd on
 * a Mac, so `Ctrl+Q` also covers Cmd+Q.
 */
export const RESERVED_COMBOS: Readonly<Record<string, string>> = {
  'Ctrl+A': 'Select all',
  'Ctrl+C': 'Copy',
  'Ctrl+V': 'Paste',
  'Ctrl+X': 'Cut',
  'Ctrl+Z': 'Undo',
  'Ctrl+Y': 'Redo',
  'Ctrl+Shift+Z': 'Redo',
  'Ctrl+S': 'Save',
  'Ctrl+P': 'Print',
  'Ctrl+F': 'Find',
  'Ctrl+N': 'New window',
  'Ctrl+T': 'New tab',
  'Ctrl+W': 'Close window',
  'Ctrl+Q': 'Quit (macOS)',
  'Ctrl+H': 'Hide (macOS)',
  'Ctrl+M': 'Minimize (macOS)',
  'Ctrl+Space': 'Spotlight search (macOS)',
  'Ctrl+Tab': 'Switch tabs',
  'Alt+Tab': 'Switch windows',
  'Alt+F4': 'Close window (Windows)',
  'Ctrl+Alt+Delete': 'Security screen (Windows)',
  'Ctrl+Shift+Escape': 'Task Manager (Windows)',
  'Ctrl+Alt+Up': 'Rotate the screen on some Windows PCs',
  'Ctrl+Alt+Down': 'Rotate the screen on some Windows PCs',
  'Ctrl+Alt+Left': 'Rotate the screen on some Windows PCs',
  'Ctrl+Alt+Right': 'Rotate the screen on some Windows PCs',
  'Ctrl+Alt+T': 'Open a terminal (Linux)',
  'Ctrl+Alt+L': 'Lock the screen (Linux)',
  'Ctrl+Shift+A': 'Answer a call in common softphones',
  'Ctrl+Shift+H': 'Hang up in common softphones',
  'Ctrl+Shift+D': 'Decline a call in common softphones',
  'Ctrl+Shift+M': 'Mute in common softphones and meeting apps',
  'Ctrl+Shift+O': 'Camera on or off in meeting apps',
  'Ctrl+Shift+E': 'Share the screen in meeting apps',
  'Ctrl+Shift+K': 'Raise a hand in meeting apps',
  'Alt+A': 'Mute in meeting apps',
  'Alt+V': 'Video on or off in meeting apps',
};

/** One problem with a hotkey map, tied to the action it is about. */
export interface HotkeyProblem {
  readonly action: HotkeyAction;
  readonly message: string;
}

/** The primary and the other modifier as the caller's keyboard names them. */
function modifierNames(platform: Platform): { primary: string; alt: string } {
  return platform === 'darwin'
    ? { primary: 'Cmd', alt: 'Option' }
    : { primary: 'Ctrl', alt: 'Alt' };
}

/**
 * Why one combination cannot be used for `action`, ignoring the others; null when it can. The
 * message spells keys as they read on `platform` (Cmd on a Mac).
 */
export function comboProblem(
  action: HotkeyAction,
  text: string | null,
  platform: Platform = 'other',
): string | null {
  if (text === null) {
    return HOTKEY_ACTION_INFO[action].isRequired
      ? 'This one cannot be turned off: it is the sure way out of click-through.'
      : null;
  }
  const combo = parseCombo(text);
  if (!combo) return `“${text}” is not a key combination Call Coach knows.`;
  const { primary, alt } = modifierNames(platform);
  const isBareFunctionKey = FUNCTION_KEY.test(combo.key) && Number(combo.key.slice(1)) >= 13;
  if (!combo.ctrl && !combo.alt && !isBareFunctionKey) {
    return `Add ${primary} or ${alt}, so the shortcut never takes keys you type.`;
  }
  if (!combo.ctrl && combo.alt && combo.shift && /^[A-Z]$/.test(combo.key)) {
    return `${alt}+Shift with a letter opens a situation inside Call Coach. Add ${primary}.`;
  }
  const stored = formatCombo(combo);
  const reserved = RESERVED_COMBOS[stored];
  if (reserved) {
    return `${displayCombo(stored, platform)} is already ${reserved}. Pick another combination.`;
  }
  return null;
}

/**
 * Every problem with a hotkey map: combinations that cannot be used, and two actions sharing one
 * combination. A clash is reported on the action that came to it last: one of `changed` (the
 * actions the caller just set) when it involves one, naming the action that already had it.
 */
export function checkHotkeys(
  hotkeys: HotkeyMap,
  changed: readonly HotkeyAction[] = [],
  platform: Platform = 'other',
): HotkeyProblem[] {
  const problems: HotkeyProblem[] = [];
  const usedBy = new Map<string, HotkeyAction>();
  const kept = HOTKEY_ACTIONS.filter((action) => !changed.includes(action));
  for (const action of [...kept, ...changed]) {
    const text = hotkeys[action];
    const problem = comboProblem(action, text, platform);
    if (problem) {
      problems.push({ action, message: problem });
      continue;
    }
    if (text === null) continue;
    const normal = normalizeCombo(text)!;
    const owner = usedBy.get(normal);
    if (owner) {
      const label = lowerFirst(HOTKEY_ACTION_INFO[owner].label);
      problems.push({
        action,
        message: `${displayCombo(normal, platform)} is already used to ${label}. Pick another combination.`,
      });
    } else {
      usedBy.set(normal, action);
    }
  }
  return problems;
}

function lowerFirst(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1);
}

/** How a hotkey stands in the running app. */
export type HotkeyStatus =
  /** Registered with the system: works while other apps have focus. */
  | 'active'
  /** Turned off by the caller. */
  | 'off'
  /** The system or another app holds this combination. */
  | 'taken'
  /** The browser preview cannot listen system-wide: it works while the window has focus. */
  | 'window-only';

export type HotkeyStatusMap = Readonly<Record<HotkeyAction, HotkeyStatus>>;
