import { isRequestChannel } from '../../../shared/ipc/channels';
import type { HandlerMap } from '../../../shared/ipc/contract';
import { fail, ok, type AppError, type Result } from '../../../shared/ipc/result';
import { describeIssues, requestSchemas } from '../../../shared/ipc/schemas';
import type { Logger } from '../core/logger';
import { RequestError } from '../core/request-error';

export type Dispatch = (channel: string, args: readonly unknown[]) => Promise<Result<unknown>>;

type AnyHandler = (...args: readonly unknown[]) => unknown;

/**
 * Puts a failure that is not a RequestError in the caller's words when it can (a full disk, a
 * damaged file); null leaves it to the generic sentence.
 */
export type ExplainFailure = (error: unknown) => AppError | null;

/**
 * The one path every request takes, in Electron and in the browser preview alike: known channel,
 * arguments parsed by the channel's schema, handler run, outcome returned as a Result.
 * Unexpected errors are logged here and reach the caller only as a plain sentence.
 */
export function createDispatch(
  handlers: HandlerMap,
  log: Logger,
  explain: ExplainFailure = () => null,
): Dispatch {
  return async (channel, args) => {
    if (!isRequestChannel(channel)) return fail('invalid-input', `Unknown request: ${channel}`);
    const parsed = requestSchemas[channel].safeParse(args);
    if (!parsed.success) {
      return fail('invalid-input', 'The request was not valid.', describeIssues(parsed.error));
    }
    try {
      const handler = handlers[channel] as AnyHandler;
      return ok(await handler(...(parsed.data as readonly unknown[])));
    } catch (error) {
      if (error instanceof RequestError) return { ok: false, error: error.toAppError() };
      log.error(`Request ${channel} failed`, error);
      const explained = explain(error);
      if (explained) return { ok: false, error: explained };
      return fail(
        'internal',
        'Something went wrong while saving or loading. Your typing is kept; try again.',
      );
    }
  };
}
