import { z } from 'zod';
import { RETENTION_MONTHS } from '../../domain/retention';
import type { RetentionRequests } from '../contracts/retention';
import { accountId, argumentList, id } from './common';
import type { RequestSchemas } from './request-schemas';

export const retentionMonthsSchema = z
  .number()
  .int()
  .min(RETENTION_MONTHS.min)
  .max(RETENTION_MONTHS.max);

export const retentionRequestSchemas = {
  'retention:count-call': argumentList(z.tuple([id])),
  'retention:delete-call': argumentList(z.tuple([id])),
  'retention:count-account': argumentList(z.tuple([accountId])),
  'retention:delete-account': argumentList(z.tuple([accountId])),
  'retention:count-older': argumentList(z.tuple([retentionMonthsSchema])),
} satisfies RequestSchemas<RetentionRequests>;
