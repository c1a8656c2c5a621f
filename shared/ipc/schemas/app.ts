import { z } from 'zod';
import type { AppRequests } from '../contracts/app';
import type { RequestSchemas } from './request-schemas';
import { argumentList } from './common';

export const appRequestSchemas = {
  'app:status': argumentList(z.tuple([])),
  'app:open-data-folder': argumentList(z.tuple([])),
} satisfies RequestSchemas<AppRequests>;
