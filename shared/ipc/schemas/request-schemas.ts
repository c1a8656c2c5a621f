import type { z } from 'zod';
import type { RequestArgs, RequestChannel } from '../contract';

/** The argument schemas of one domain's contract, each in step with its argument types. */
export type RequestSchemas<Contract> = {
  readonly [C in keyof Contract & RequestChannel]: z.ZodType<RequestArgs<C>>;
};
