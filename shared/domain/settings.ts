/**
 * How much coaching the call view shows. `trainee`: why each step matters, phrases, questions to
 * tick and reminders of what not to do. `expert`: titles, one-line prompts and the forms.
 */
export type CoachingMode = 'trainee' | 'expert';

export const COACHING_MODES = ['trainee', 'expert'] as const satisfies readonly CoachingMode[];

/** The caller's preferences, kept by main and applied in every window. */
export interface Settings {
  readonly coachingMode: CoachingMode;
}

/** Some settings to change; the rest stay as they are. */
export type SettingsPatch = Partial<Settings>;

/** A new caller starts with the full coaching and can turn it down at any time. */
export const DEFAULT_SETTINGS: Settings = { coachingMode: 'trainee' };
