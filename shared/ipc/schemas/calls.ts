import { z } from 'zod';
import { NOTES_MAX_LENGTH, type CallCommand, type TypedCommand } from '../../domain/call';
import { CAPTURE_VALUE_MAX_LENGTH } from '../../domain/capture';
import { ACTION_MAX_LENGTH, type Closing } from '../../domain/closing';
import {
  FOLLOW_UP_WHAT_MAX_LENGTH,
  FOLLOW_UP_WHO_MAX_LENGTH,
  type FollowUp,
} from '../../domain/follow-ups';
import {
  HISTORY_SEARCH_MAX_LENGTH,
  type HistoryFilters,
  type HistoryQuery,
} from '../../domain/history';
import { MAX_CENTS } from '../../domain/money';
import {
  isAddressList,
  RECAP_BODY_MAX_LENGTH,
  RECAP_SUBJECT_MAX_LENGTH,
  RECAP_TO_MAX_LENGTH,
  type RecapDraft,
} from '../../domain/recap-draft';
import {
  CUSTOMER_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  type StartCallInput,
} from '../../domain/start-call';
import type { CallsRequests } from '../contracts/calls';
import { accountId, argumentList, followUpId, id, isoDate } from './common';
import type { RequestSchemas } from './request-schemas';

export const startCallInputSchema = z.strictObject({
  playbookId: id,
  accountId: accountId.nullable().optional(),
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
  followUpId: followUpId.nullable().optional(),
}) satisfies z.ZodType<StartCallInput>;

/** A playbook has at most 20 situations, and each leaves at most one follow-up. */
const FOLLOW_UPS_MAX = 20;

const followUpSchema = z.strictObject({
  sectionId: id,
  what: z.string().trim().min(1).max(FOLLOW_UP_WHAT_MAX_LENGTH),
  who: z.string().trim().max(FOLLOW_UP_WHO_MAX_LENGTH),
  dueOn: isoDate,
}) satisfies z.ZodType<FollowUp>;

const closingSchema = z.strictObject({
  outcomeId: id,
  outcomeLabel: z.string().max(200),
  action: z
    .strictObject({ what: z.string().trim().min(1).max(ACTION_MAX_LENGTH), dueOn: isoDate })
    .nullable(),
  // Absent from a window built before follow-ups existed: it ends the call with none.
  followUps: z.array(followUpSchema).max(FOLLOW_UPS_MAX).default([]),
}) satisfies z.ZodType<Closing>;

const editNotesSchema = z.strictObject({
  type: z.literal('edit-notes'),
  notes: z.string().max(NOTES_MAX_LENGTH),
});

const setFieldSchema = z.strictObject({
  type: z.literal('set-field'),
  sectionId: id,
  // A choice's "Other" detail is stored under `<field id>:other`.
  fieldId: z
    .string()
    .min(1)
    .max(REFERENCE_MAX_LENGTH * 2),
  value: z.string().max(CAPTURE_VALUE_MAX_LENGTH),
});

export const typedCommandSchema = z.discriminatedUnion('type', [
  editNotesSchema,
  setFieldSchema,
]) satisfies z.ZodType<TypedCommand>;

export const callCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-step'), stepId: id }),
  z.strictObject({ type: z.literal('uncheck-step'), stepId: id }),
  editNotesSchema,
  z.strictObject({ type: z.literal('open-branch'), branchId: id }),
  z.strictObject({ type: z.literal('close-branch'), branchId: id }),
  setFieldSchema,
  z.strictObject({
    type: z.literal('set-question'),
    sectionId: id,
    index: z.number().int().min(0).max(100),
    isAsked: z.boolean(),
  }),
  z.strictObject({ type: z.literal('end'), closing: closingSchema }),
]) satisfies z.ZodType<CallCommand>;

const historyFiltersSchema = z.strictObject({
  outcomeId: id.nullable(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  accountId: accountId.nullable(),
}) satisfies z.ZodType<HistoryFilters>;

export const historyQuerySchema = z.strictObject({
  search: z.string().max(HISTORY_SEARCH_MAX_LENGTH),
  after: z
    .union([
      z.strictObject({ before: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
      z.strictObject({ offset: z.number().int().positive().max(1_000_000) }),
    ])
    .nullable(),
  limit: z.number().int().min(1).max(200),
  filters: historyFiltersSchema.optional(),
}) satisfies z.ZodType<HistoryQuery>;

const recapDraftSchema = z.strictObject({
  to: z
    .string()
    .trim()
    .max(RECAP_TO_MAX_LENGTH)
    .refine(isAddressList, 'expected e-mail addresses separated by commas, or nothing'),
  subject: z
    .string()
    .max(RECAP_SUBJECT_MAX_LENGTH)
    .regex(/^[^\r\n]*$/, 'expected one line'),
  body: z.string().max(RECAP_BODY_MAX_LENGTH),
}) satisfies z.ZodType<RecapDraft>;

export const callsRequestSchemas = {
  'calls:start': argumentList(z.tuple([startCallInputSchema])),
  'calls:apply': argumentList(z.tuple([id, callCommandSchema])),
  'calls:type': argumentList(z.tuple([id, typedCommandSchema])),
  'calls:active': argumentList(z.tuple([])),
  'calls:get': argumentList(z.tuple([id])),
  'calls:history': argumentList(z.tuple([historyQuerySchema])),
  'calls:recap': argumentList(z.tuple([id])),
  'calls:save-recap': argumentList(z.tuple([id, recapDraftSchema])),
  'calls:recap-draft': argumentList(z.tuple([id])),
  'calls:open-recap-mail': argumentList(z.tuple([id])),
} satisfies RequestSchemas<CallsRequests>;
