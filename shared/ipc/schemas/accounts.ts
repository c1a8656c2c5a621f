import { z } from 'zod';
import { CUSTOMER_MAX_LENGTH } from '../../domain/start-call';
import type { AccountsRequests } from '../contracts/accounts';
import { accountId, argumentList } from './common';
import type { RequestSchemas } from './request-schemas';

export const accountsRequestSchemas = {
  'accounts:pick': argumentList(z.tuple([z.string().max(CUSTOMER_MAX_LENGTH)])),
  'accounts:file': argumentList(z.tuple([accountId])),
  'accounts:timeline': argumentList(z.tuple([accountId])),
} satisfies RequestSchemas<AccountsRequests>;
