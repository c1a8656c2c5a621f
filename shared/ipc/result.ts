/** Why a request failed, in a form the renderer can show without guessing. */
export type ErrorCode =
  'invalid-input' | 'not-found' | 'conflict' | 'forbidden' | 'unavailable' | 'internal';

export interface AppError {
  readonly code: ErrorCode;
  /** A sentence for the caller. */
  readonly message: string;
  /** For invalid input: each problem with its path, e.g. `0.customer: Too small`. */
  readonly issues?: readonly string[];
}

/** What every request returns; thrown errors never cross the process boundary. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  message: string,
  issues?: readonly string[],
): Result<never> => ({
  ok: false,
  error: issues === undefined ? { code, message } : { code, message, issues },
});

export const UNREACHABLE_MESSAGE =
  'Call Coach can’t reach its storage right now. What you typed is kept here and will be saved when it’s back.';

/** What the API answers when main cannot be reached at all (crashed, restarting, stopped). */
export const unreachable: Result<never> = fail('unavailable', UNREACHABLE_MESSAGE);
