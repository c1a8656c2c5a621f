import { z } from 'zod';
import { callCommandSchema } from '../domain/call';
import { historyQuerySchema } from '../domain/history';
import { startCallInputSchema } from '../domain/start-call';
import type { RequestArgs, RequestChannel } from './contract';

const callId = z.string().min(1).max(64);

/**
 * The argument list of every request, checked in main before any handler runs. The `satisfies`
 * clause keeps each schema in step with the contract's argument types.
 */
export const requestSchemas = {
  'app:status': z.tuple([]),
  'playbooks:list': z.tuple([]),
  'calls:start': z.tuple([startCallInputSchema]),
  'calls:apply': z.tuple([callId, callCommandSchema]),
  'calls:active': z.tuple([]),
  'calls:get': z.tuple([callId]),
  'calls:history': z.tuple([historyQuerySchema]),
} satisfies { readonly [C in RequestChannel]: z.ZodType<RequestArgs<C>> };

/** `0.customer: Too small: expected string to have >=1 characters` */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
}
