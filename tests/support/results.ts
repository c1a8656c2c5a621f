import type { Result } from '../../shared/ipc/result';

/** The value of a request that must have succeeded; a refusal fails the test with its reason. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
