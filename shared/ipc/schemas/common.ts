import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar';
import { REFERENCE_MAX_LENGTH } from '../../domain/start-call';
import { withStorableText } from '../../domain/text';

/** An id or short reference (a playbook id, a call id, a step id). */
export const id = z.string().min(1).max(REFERENCE_MAX_LENGTH);
/** A stored account's id. */
export const accountId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A follow-up's id as the worklist gives it: a stored row's number, as text. */
export const followUpId = z.string().regex(/^[1-9][0-9]{0,15}$/, 'expected a follow-up id');
export const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');

/**
 * One request's argument list. Every string in it is made storable first (no U+0000, no lone
 * surrogates), so what main acknowledges is exactly what it stores and sends back.
 */
export function argumentList<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => withStorableText(value), schema);
}
