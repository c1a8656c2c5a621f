import type { AppError, ErrorCode } from '../../../shared/ipc/result';

/** A failure the caller should read: services throw it, the dispatcher turns it into a Result. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Each problem with where it is, e.g. `steps[2].fields[0].type: expected one of …`. */
    readonly issues?: readonly string[],
  ) {
    super(message);
    this.name = 'RequestError';
  }

  toAppError(): AppError {
    return this.issues === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, issues: this.issues };
  }
}
