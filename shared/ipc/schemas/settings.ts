import { z } from 'zod';
import { HOTKEY_ACTIONS, type HotkeyAction } from '../../domain/hotkeys';
import {
  COACHING_MODES,
  FOLDED_WHY_MAX,
  OPACITY_PERCENT,
  TEXT_SIZES,
  THEMES,
  WINDOW_LAYOUTS,
  type SettingsPatch,
} from '../../domain/settings';
import type { SettingsRequests } from '../contracts/settings';
import { retentionMonthsSchema } from './retention';
import { argumentList, id } from './common';
import type { RequestSchemas } from './request-schemas';

// Whether a combination can be used (known keys, conflicts) is the settings service's call, so
// the caller hears why; here it only has to be short text or null.
const comboText = z.string().trim().min(1).max(40).nullable();

export const hotkeysPatchSchema = z.strictObject(
  Object.fromEntries(HOTKEY_ACTIONS.map((action) => [action, comboText.optional()])) as Record<
    HotkeyAction,
    z.ZodOptional<typeof comboText>
  >,
);

export const settingsPatchSchema = z.strictObject({
  coachingMode: z.enum(COACHING_MODES).optional(),
  theme: z.enum(THEMES).optional(),
  textSize: z.enum(TEXT_SIZES).optional(),
  layout: z.enum(WINDOW_LAYOUTS).optional(),
  alwaysOnTop: z.boolean().optional(),
  opacityPercent: z.number().int().min(OPACITY_PERCENT.min).max(OPACITY_PERCENT.max).optional(),
  hideFromScreenShare: z.boolean().optional(),
  hotkeys: hotkeysPatchSchema.optional(),
  // Section ids, as a playbook's step and situation ids are written. Repeats are harmless (main
  // keeps each once), but a list longer than the cap is a client that is not doing its job.
  foldedWhy: z.array(id).max(FOLDED_WHY_MAX).optional(),
  retentionMonths: retentionMonthsSchema.nullable().optional(),
}) satisfies z.ZodType<SettingsPatch>;

export const settingsRequestSchemas = {
  'settings:get': argumentList(z.tuple([])),
  'settings:update': argumentList(z.tuple([settingsPatchSchema])),
  'settings:reset': argumentList(z.tuple([])),
} satisfies RequestSchemas<SettingsRequests>;
