/** Where main writes what went wrong unexpectedly (the console in the app and the preview). */
export interface Logger {
  error(message: string, error: unknown): void;
}
