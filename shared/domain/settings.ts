import { DEFAULT_HOTKEYS, type HotkeyMap } from './hotkeys';
import { DEFAULT_RETENTION_MONTHS, type RetentionMonths } from './retention';

/**
 * How much coaching the call view shows. `trainee`: why each step matters, phrases, questions to
 * tick and reminders of what not to do. `expert`: titles, one-line prompts and the forms.
 */
export type CoachingMode = 'trainee' | 'expert';
export const COACHING_MODES = ['trainee', 'expert'] as const satisfies readonly CoachingMode[];

/** `system` follows the operating system's light or dark choice, live. */
export type Theme = 'system' | 'light' | 'dark';
export const THEMES = ['system', 'light', 'dark'] as const satisfies readonly Theme[];

/** Scales the whole UI: text, spacing and controls. */
export type TextSize = 'small' | 'standard' | 'large' | 'largest';
export const TEXT_SIZES = [
  'small',
  'standard',
  'large',
  'largest',
] as const satisfies readonly TextSize[];
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = {
  small: 0.875,
  standard: 1,
  large: 1.2,
  largest: 1.45,
};

/** `compact`: one line with the current step, its prompt and the timer. `expanded`: everything. */
export type WindowLayout = 'compact' | 'expanded';
export const WINDOW_LAYOUTS = ['compact', 'expanded'] as const satisfies readonly WindowLayout[];

/**
 * How many sections' "why it matters" a trainee can keep folded. Far more than any playbook has
 * steps and situations; the bound keeps a settings row from growing without end as playbooks
 * change their ids over the years. Past it, the oldest fold is forgotten first.
 */
export const FOLDED_WHY_MAX = 200;

/** Whole-window opacity in percent; below 40 the text is too faint to read during a call. */
export const OPACITY_PERCENT = { min: 40, max: 100, step: 5 } as const;

/** The caller's preferences, kept by main and applied live in every window. */
export interface Settings {
  readonly coachingMode: CoachingMode;
  readonly theme: Theme;
  readonly textSize: TextSize;
  readonly layout: WindowLayout;
  /** Keep the overlay above other windows, full-screen softphones included, on all workspaces. */
  readonly alwaysOnTop: boolean;
  readonly opacityPercent: number;
  /** Ask the system to leave the overlay out of screen shares and recordings. */
  readonly hideFromScreenShare: boolean;
  readonly hotkeys: HotkeyMap;
  /**
   * The sections (step and situation ids) whose "why it matters" the trainee folded as read, the
   * oldest fold first; each stays folded, call after call, until unfolded.
   */
  readonly foldedWhy: readonly string[];
  /** Ended calls older than this many months are deleted each day; null keeps them for good. */
  readonly retentionMonths: RetentionMonths;
}

/** Some settings to change; the rest (and any hotkey not named) stay as they are. */
export type SettingsPatch = Partial<Omit<Settings, 'hotkeys'>> & {
  readonly hotkeys?: Partial<HotkeyMap>;
};

/** A new caller starts with full coaching, on top, fully opaque and hidden from screen shares. */
export const DEFAULT_SETTINGS: Settings = {
  coachingMode: 'trainee',
  theme: 'system',
  textSize: 'standard',
  layout: 'expanded',
  alwaysOnTop: true,
  opacityPercent: 100,
  hideFromScreenShare: true,
  hotkeys: DEFAULT_HOTKEYS,
  foldedWhy: [],
  retentionMonths: DEFAULT_RETENTION_MONTHS,
};

/**
 * Folded section ids as they are kept: each once (at its latest fold), and at most
 * `FOLDED_WHY_MAX`, dropping the oldest.
 */
export function normalizeFoldedWhy(folded: readonly string[]): readonly string[] {
  if (folded.length <= FOLDED_WHY_MAX && new Set(folded).size === folded.length) return folded;
  const latestFirst = [...new Set([...folded].reverse())];
  return latestFirst.slice(0, FOLDED_WHY_MAX).reverse();
}

/** `folded` with one section's "why it matters" folded (as the newest fold) or unfolded. */
export function withWhyFolded(
  folded: readonly string[],
  sectionId: string,
  isFolded: boolean,
): readonly string[] {
  const others = folded.filter((id) => id !== sectionId);
  return normalizeFoldedWhy(isFolded ? [...others, sectionId] : others);
}

/**
 * The settings with a patch applied; hotkeys are merged one action at a time, and a patch's
 * `foldedWhy` replaces the list (kept as `normalizeFoldedWhy` keeps it).
 */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const defined = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as SettingsPatch;
  const hotkeys = Object.fromEntries(
    Object.entries(patch.hotkeys ?? {}).filter(([, value]) => value !== undefined),
  );
  const next = { ...settings, ...defined, hotkeys: { ...settings.hotkeys, ...hotkeys } };
  return { ...next, foldedWhy: normalizeFoldedWhy(next.foldedWhy) };
}
