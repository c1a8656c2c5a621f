import { z } from 'zod';
import { PROMISE_MARKS } from '../../domain/promises';
import type { WorklistRequests } from '../contracts/worklist';
import { argumentList, followUpId, id, isoDate } from './common';
import type { RequestSchemas } from './request-schemas';

export const worklistRequestSchemas = {
  'worklist:read': argumentList(z.tuple([])),
  'worklist:done': argumentList(z.tuple([followUpId])),
  'worklist:move': argumentList(z.tuple([followUpId, isoDate])),
  'worklist:mark': argumentList(z.tuple([id, z.enum(PROMISE_MARKS)])),
} satisfies RequestSchemas<WorklistRequests>;
