import {
  ImportCancelledError,
  ReportUnreadableError,
} from '../../../../../../electron/main/modules/imports/aging-report/errors';

describe('ReportUnreadableError', () => {
  it('keeps the message for the caller and a name that survives leaving a worker', () => {
    const error = new ReportUnreadableError('The file is empty.');

    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ReportUnreadableError', message: 'The file is empty.' });
    expect(structuredClone(error)).toMatchObject({ message: 'The file is empty.' });
  });
});

describe('ImportCancelledError', () => {
  it('is named so that a worker can tell a cancellation from a failure', () => {
    expect(new ImportCancelledError()).toMatchObject({
      name: 'ImportCancelledError',
      message: 'The import was cancelled.',
    });
  });
});
