import { exportFileName, historyExportScope } from '../../../shared/domain/exports';
import { NO_FILTERS } from '../../../shared/domain/history';

const TODAY = '2026-12-02';

describe('exportFileName', () => {
  it('names an account’s export after the account and the day', () => {
    expect(
      exportFileName({ kind: 'account', accountId: 7 }, 'csv', TODAY, 'Café Ünïon, Ltd.'),
    ).toBe('call-coach-cafe-union-ltd-2026-12-02.csv');
  });

  it('falls back to a plain word when the name has no letters or digits', () => {
    expect(exportFileName({ kind: 'account', accountId: 7 }, 'markdown', TODAY, '***')).toBe(
      'call-coach-account-2026-12-02.md',
    );
  });

  it('names the follow-up list', () => {
    expect(exportFileName({ kind: 'follow-ups' }, 'json', TODAY)).toBe(
      'call-coach-follow-ups-2026-12-02.json',
    );
  });
});

describe('historyExportScope', () => {
  it('exports every call up to today when nothing narrows History', () => {
    expect(historyExportScope('', NO_FILTERS, ['a'], TODAY)).toEqual({
      kind: 'range',
      from: '1970-01-01',
      to: TODAY,
    });
  });

  it('exports the filtered days in full, not only the pages loaded', () => {
    const filters = { ...NO_FILTERS, from: '2026-11-01', to: '2026-11-30' };
    expect(historyExportScope('', filters, ['a'], TODAY)).toEqual({
      kind: 'range',
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('exports the account in full when History is narrowed to it alone', () => {
    expect(historyExportScope('', { ...NO_FILTERS, accountId: 4 }, ['a'], TODAY)).toEqual({
      kind: 'account',
      accountId: 4,
    });
  });

  it('exports the listed calls for a search', () => {
    expect(historyExportScope('acme', NO_FILTERS, ['a', 'b'], TODAY)).toEqual({
      kind: 'calls',
      callIds: ['a', 'b'],
    });
  });

  it('has nothing to export for a search that lists nothing', () => {
    expect(historyExportScope('acme', NO_FILTERS, [], TODAY)).toBeNull();
  });
});
