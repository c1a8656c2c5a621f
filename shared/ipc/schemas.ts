import { z } from 'zod';
import { NOTES_MAX_LENGTH, type CallCommand } from '../domain/call';
import { isIsoDate } from '../domain/calendar';
import { CAPTURE_VALUE_MAX_LENGTH } from '../domain/capture';
import { ACTION_MAX_LENGTH, type Closing } from '../domain/closing';
import { HISTORY_SEARCH_MAX_LENGTH, type HistoryQuery } from '../domain/history';
import { MAX_CENTS } from '../domain/money';
import { PLAYBOOK_FILE_MAX_BYTES } from '../domain/playbook';
import { HOTKEY_ACTIONS, type HotkeyAction } from '../domain/hotkeys';
import {
  COACHING_MODES,
  OPACITY_PERCENT,
  TEXT_SIZES,
  THEMES,
  WINDOW_LAYOUTS,
  type SettingsPatch,
} from '../domain/settings';
import {
  CUSTOMER_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  type StartCallInput,
} from '../domain/start-call';
import type { RequestArgs, RequestChannel } from './contract';

// Validation lives here, at the boundary main guards, and not in the domain: the renderer and
// the preload import the domain and should not carry zod. Each `satisfies` keeps a schema and
// its domain type in step.

const id = z.string().min(1).max(REFERENCE_MAX_LENGTH);
const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');

export const startCallInputSchema = z.strictObject({
  playbookId: id,
  customer: z.string().trim().min(1).max(CUSTOMER_MAX_LENGTH),
  accountNumber: z.string().trim().max(REFERENCE_MAX_LENGTH),
  invoice: z.string().trim().max(REFERENCE_MAX_LENGTH),
  amountDueCents: z.number().int().min(0).max(MAX_CENTS).nullable(),
  contact: z.string().trim().max(CUSTOMER_MAX_LENGTH),
  customerSince: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, 'expected a year like 2014, or nothing'),
  dueOn: isoDate.nullable(),
}) satisfies z.ZodType<StartCallInput>;

const closingSchema = z.strictObject({
  outcomeId: id,
  outcomeLabel: z.string().max(200),
  action: z
    .strictObject({ what: z.string().trim().min(1).max(ACTION_MAX_LENGTH), dueOn: isoDate })
    .nullable(),
}) satisfies z.ZodType<Closing>;

export const callCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-step'), stepId: id }),
  z.strictObject({ type: z.literal('uncheck-step'), stepId: id }),
  z.strictObject({ type: z.literal('edit-notes'), notes: z.string().max(NOTES_MAX_LENGTH) }),
  z.strictObject({ type: z.literal('open-branch'), branchId: id }),
  z.strictObject({ type: z.literal('close-branch'), branchId: id }),
  z.strictObject({
    type: z.literal('set-field'),
    sectionId: id,
    // A choice's "Other" detail is stored under `<field id>:other`.
    fieldId: z
      .string()
      .min(1)
      .max(REFERENCE_MAX_LENGTH * 2),
    value: z.string().max(CAPTURE_VALUE_MAX_LENGTH),
  }),
  z.strictObject({
    type: z.literal('set-question'),
    sectionId: id,
    index: z.number().int().min(0).max(100),
    isAsked: z.boolean(),
  }),
  z.strictObject({ type: z.literal('end'), closing: closingSchema }),
]) satisfies z.ZodType<CallCommand>;

export const historyQuerySchema = z.strictObject({
  search: z.string().max(HISTORY_SEARCH_MAX_LENGTH),
  after: z.strictObject({ before: z.number().int().positive() }).nullable(),
  limit: z.number().int().min(1).max(200),
}) satisfies z.ZodType<HistoryQuery>;

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
}) satisfies z.ZodType<SettingsPatch>;

/**
 * The argument list of every request, checked in main before any handler runs. The `satisfies`
 * clause keeps each schema in step with the contract's argument types.
 */
export const requestSchemas = {
  'app:status': z.tuple([]),
  'app:open-data-folder': z.tuple([]),
  'playbooks:list': z.tuple([]),
  'playbooks:get': z.tuple([id, z.number().int().min(1)]),
  // Characters, not bytes: a generous bound that still stops a runaway file at the door.
  'playbooks:import': z.tuple([z.string().max(PLAYBOOK_FILE_MAX_BYTES)]),
  'playbooks:export': z.tuple([id]),
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatchSchema]),
  'settings:reset': z.tuple([]),
  'overlay:state': z.tuple([]),
  'overlay:set-click-through': z.tuple([z.boolean()]),
  'calls:start': z.tuple([startCallInputSchema]),
  'calls:apply': z.tuple([id, callCommandSchema]),
  'calls:active': z.tuple([]),
  'calls:get': z.tuple([id]),
  'calls:history': z.tuple([historyQuerySchema]),
} satisfies { readonly [C in RequestChannel]: z.ZodType<RequestArgs<C>> };

/** `0.customer: Too small: expected string to have >=1 characters` */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
}
