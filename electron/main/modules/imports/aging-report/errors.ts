/**
 * The file cannot be read as an aging report at all (empty, not text, no header…). The message
 * is written for the caller and says what to do next where there is something to do.
 */
export class ReportUnreadableError extends Error {
  constructor(message: string) {
    super(message);
    // Errors lose their class when posted out of a worker thread; the name survives.
    this.name = 'ReportUnreadableError';
  }
}

/** The caller cancelled the import while the report was being read. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelledError';
  }
}
