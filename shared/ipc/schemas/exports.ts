import { z } from 'zod';
import {
  EXPORT_CALL_IDS_MAX,
  EXPORT_FORMATS,
  type ExportRequest,
  type ExportScope,
} from '../../domain/exports';
import type { ExportsRequests } from '../contracts/exports';
import { accountId, argumentList, id, isoDate } from './common';
import type { RequestSchemas } from './request-schemas';

const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('calls'),
    callIds: z.array(id).min(1).max(EXPORT_CALL_IDS_MAX),
  }),
  z.strictObject({ kind: z.literal('account'), accountId }),
  z
    .strictObject({ kind: z.literal('range'), from: isoDate, to: isoDate })
    // ISO dates compare as text in calendar order.
    .refine((range) => range.from <= range.to, 'expected the first day no later than the last'),
  z.strictObject({ kind: z.literal('follow-ups') }),
]) satisfies z.ZodType<ExportScope>;

const requestSchema = z.strictObject({
  scope: scopeSchema,
  format: z.enum(EXPORT_FORMATS),
}) satisfies z.ZodType<ExportRequest>;

export const exportsRequestSchemas = {
  'exports:run': argumentList(z.tuple([requestSchema])),
  'exports:cancel': argumentList(z.tuple([id])),
} satisfies RequestSchemas<ExportsRequests>;
