import { z } from 'zod';
import { NOTES_MAX_LENGTH, type CallCommand } from '../domain/call';
import { HISTORY_SEARCH_MAX_LENGTH, type HistoryQuery } from '../domain/history';
import { MAX_CENTS } from '../domain/money';
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

export const startCallInputSchema = z.strictObject({
  playbookId: id,
  customer: z.string().trim().min(1).max(CUSTOMER_MAX_LENGTH),
  accountNumber: z.string().trim().max(REFERENCE_MAX_LENGTH),
  invoice: z.string().trim().max(REFERENCE_MAX_LENGTH),
  amountDueCents: z.number().int().min(0).max(MAX_CENTS).nullable(),
}) satisfies z.ZodType<StartCallInput>;

export const callCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('check-step'), stepId: id }),
  z.strictObject({ type: z.literal('uncheck-step'), stepId: id }),
  z.strictObject({ type: z.literal('edit-notes'), notes: z.string().max(NOTES_MAX_LENGTH) }),
  z.strictObject({ type: z.literal('end') }),
]) satisfies z.ZodType<CallCommand>;

export const historyQuerySchema = z.strictObject({
  search: z.string().max(HISTORY_SEARCH_MAX_LENGTH),
  after: z.strictObject({ before: z.number().int().positive() }).nullable(),
  limit: z.number().int().min(1).max(200),
}) satisfies z.ZodType<HistoryQuery>;

/**
 * The argument list of every request, checked in main before any handler runs. The `satisfies`
 * clause keeps each schema in step with the contract's argument types.
 */
export const requestSchemas = {
  'app:status': z.tuple([]),
  'playbooks:list': z.tuple([]),
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
