import type { AppError, ErrorCode } from '../../../shared/ipc/result';

/** A failure the caller should read: services throw it, the dispatcher turns it into a Result. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message };
  }
}
