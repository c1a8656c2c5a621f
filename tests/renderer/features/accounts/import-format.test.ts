import { describe, expect, it } from 'vitest';
import {
  amount,
  changesSentence,
  dateOrderExamples,
  megabytes,
  problemReason,
  resultSentence,
} from '../../../../renderer/features/accounts/import-format';
import type { ImportCounts } from '../../../../shared/domain/imports';

function counts(overrides: {
  accounts?: Partial<ImportCounts['accounts']>;
  invoices?: Partial<ImportCounts['invoices']>;
  older?: number;
}): ImportCounts {
  return {
    accounts: { created: 0, updated: 0, unchanged: 0, ...overrides.accounts },
    invoices: { created: 0, updated: 0, unchanged: 0, closed: 0, ...overrides.invoices },
    older: overrides.older ?? 0,
  };
}

describe('changesSentence', () => {
  it('says what will be created, updated, closed and left unchanged', () => {
    expect(
      changesSentence(
        counts({
          accounts: { created: 12, updated: 2 },
          invoices: { created: 240, updated: 8, closed: 3, unchanged: 1203 },
        }),
      ),
    ).toBe(
      'Will create 12 accounts and 240 invoices, update 2 accounts and 8 invoices and close 3 as paid; 1,203 unchanged.',
    );
  });

  it('says when nothing will change', () => {
    expect(changesSentence(counts({ invoices: { unchanged: 1 } }))).toBe(
      'Nothing to change; 1 invoice unchanged.',
    );
  });
});

describe('resultSentence', () => {
  const asOf = '2026-11-30';

  it('says what was stored, as of when, and what was closed', () => {
    const result = {
      importId: 'i',
      asOf,
      isComplete: true,
      counts: counts({ accounts: { created: 12 }, invoices: { created: 240, closed: 3 } }),
    };
    expect(resultSentence(result, true)).toBe(
      'Imported 240 invoices for 12 accounts as of Nov 30, 2026 (240 new); 3 closed as paid.',
    );
  });

  it('says what was kept of an import stopped part-way, and how to finish it', () => {
    const result = {
      importId: 'i',
      asOf,
      isComplete: false,
      counts: counts({ accounts: { created: 6 }, invoices: { created: 120 } }),
    };
    expect(resultSentence(result, true)).toBe(
      'Stopped part-way: 120 invoices for 6 accounts were stored as of Nov 30, 2026, and they stay. No invoices were closed as paid yet. Import the same file again to finish; nothing is stored twice.',
    );
  });
});

describe('dateOrderExamples', () => {
  it('reads a date from the report both ways', () => {
    expect(dateOrderExamples('11/05/2026')).toEqual({
      'month-first': '11/05/2026 = 5 November',
      'day-first': '11/05/2026 = 11 May',
    });
  });

  it('falls back to 03/04/2026 for a date that reads only one way', () => {
    expect(dateOrderExamples('10/31/2026')).toEqual({
      'month-first': '03/04/2026 = 4 March',
      'day-first': '03/04/2026 = 3 April',
    });
  });
});

describe('amount', () => {
  it('writes cents with the report’s decimal mark', () => {
    expect(amount(123_456_789, '.')).toBe('1,234,567.89');
    expect(amount(-123_456, ',')).toBe('-1.234,56');
  });
});

describe('megabytes', () => {
  it('rounds up, so a file just over a limit reads as more than it', () => {
    expect(megabytes(64 * 1024 * 1024)).toBe('64 MB');
    expect(megabytes(64 * 1024 * 1024 + 1)).toBe('64.1 MB');
  });
});

describe('problemReason', () => {
  it('drops the line number main put in front of the reason', () => {
    expect(problemReason(14, 'Line 14: no customer.')).toBe('no customer.');
    expect(problemReason(14, 'no customer.')).toBe('no customer.');
  });
});
