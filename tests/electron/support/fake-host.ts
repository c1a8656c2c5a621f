import type { OverlayHost } from '../../../electron/main/hosts/overlay-host';
import {
  HOTKEY_ACTIONS,
  type HotkeyAction,
  type HotkeyMap,
  type HotkeyStatusMap,
  type Platform,
} from '../../../shared/domain/hotkeys';
import type { Settings } from '../../../shared/domain/settings';

/** One thing the core asked the host to do. */
export type HostCall =
  | { readonly method: 'setClickThrough'; readonly isOn: boolean }
  | { readonly method: 'applySettings'; readonly settings: Settings }
  | { readonly method: 'toggleVisible' }
  | { readonly method: 'reveal'; readonly focus: boolean }
  | { readonly method: 'openFolder'; readonly folder: string }
  | { readonly method: 'chooseSavePath'; readonly suggestedName: string }
  | { readonly method: 'openMailDraft'; readonly href: string }
  | { readonly method: 'notify'; readonly title: string; readonly body: string };

export interface FakeHost extends OverlayHost {
  /** Everything asked of the host but hotkey registration, in order. */
  readonly calls: HostCall[];
  /** The hotkeys registered last, and how to press one as the system would. */
  registered(): HotkeyMap | null;
  press(action: HotkeyAction): void;
  /** Combinations the "system" refuses from now on. */
  take(...combos: string[]): void;
  /** Where the next save dialog "chooses" to save (null: the caller cancels). */
  saveTo(path: string | null): void;
  /** Clicks the last notification shown. */
  clickNotice(): void;
}

/** A desktop host that records what it is asked and refuses the combinations it is told to. */
export function createFakeHost(
  options: { shell?: OverlayHost['shell']; platform?: Platform } = {},
): FakeHost {
  const calls: HostCall[] = [];
  const taken = new Set<string>();
  let registered: HotkeyMap | null = null;
  let onPress: ((action: HotkeyAction) => void) | null = null;
  let savePath: string | null = null;
  let onNoticeClick: (() => void) | null = null;
  return {
    shell: options.shell ?? 'desktop',
    platform: options.platform ?? 'linux',
    calls,
    registerHotkeys(hotkeys, listener) {
      registered = hotkeys;
      onPress = listener;
      return Object.fromEntries(
        HOTKEY_ACTIONS.map((action) => {
          const combo = hotkeys[action];
          if (combo === null) return [action, 'off'];
          return [action, taken.has(combo) ? 'taken' : 'active'];
        }),
      ) as HotkeyStatusMap;
    },
    setClickThrough: (isOn) => void calls.push({ method: 'setClickThrough', isOn }),
    applySettings: (settings) => void calls.push({ method: 'applySettings', settings }),
    toggleVisible: () => void calls.push({ method: 'toggleVisible' }),
    reveal: ({ focus }) => void calls.push({ method: 'reveal', focus }),
    openFolder: (folder) => {
      calls.push({ method: 'openFolder', folder });
      return Promise.resolve();
    },
    chooseSavePath: (suggestedName) => {
      calls.push({ method: 'chooseSavePath', suggestedName });
      return Promise.resolve(savePath);
    },
    openMailDraft: (href) => {
      calls.push({ method: 'openMailDraft', href });
      // As the real hosts answer: the desktop opens it, the preview hands it back to the page.
      return Promise.resolve(
        options.shell === 'browser' ? { kind: 'follow', href } : { kind: 'opened' },
      );
    },
    notify: ({ title, body }, onClick) => {
      calls.push({ method: 'notify', title, body });
      onNoticeClick = onClick;
    },
    saveTo: (path) => {
      savePath = path;
    },
    clickNotice() {
      if (!onNoticeClick) throw new Error('No notification shown yet.');
      onNoticeClick();
    },
    registered: () => registered,
    press(action) {
      if (!onPress) throw new Error('No hotkeys registered yet.');
      onPress(action);
    },
    take(...combos) {
      for (const combo of combos) taken.add(combo);
    },
  };
}
