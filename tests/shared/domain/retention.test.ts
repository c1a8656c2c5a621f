import {
  accountDeletionSentence,
  callDeletionSentence,
  checkRetentionMonths,
  DEFAULT_RETENTION_MONTHS,
  deletionSummary,
  retentionCutoff,
  retentionCutoffAt,
  retentionSentence,
  type DeletionCounts,
} from '../../../shared/domain/retention';

import { inTimeZone } from '../../support/time-zone';

const NONE: DeletionCounts = {
  calls: 0,
  promises: 0,
  followUps: 0,
  contacts: 0,
  invoices: 0,
  invoiceEvents: 0,
};

function counts(some: Partial<DeletionCounts>): DeletionCounts {
  return { ...NONE, ...some };
}

describe('checkRetentionMonths', () => {
  it('accepts null, which keeps calls for good', () => {
    expect(checkRetentionMonths(null)).toEqual({ ok: true, months: null });
  });

  it('is off by default', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBeNull();
  });

  it.each([1, 3, 6, 12, 24, 36, 120])('accepts %j months', (months) => {
    expect(checkRetentionMonths(months)).toEqual({ ok: true, months });
  });

  it.each([0, -3, 121, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '6', undefined, {}])(
    'refuses %j with a sentence',
    (value) => {
      const check = checkRetentionMonths(value);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/whole number of months from 1 to 120/);
    },
  );
});

describe('retentionCutoff', () => {
  it('is null when retention is off', () => {
    expect(retentionCutoff('2026-11-23', null)).toBeNull();
  });

  it('goes back whole calendar months on the same day', () => {
    expect(retentionCutoff('2026-11-23', 6)).toBe('2026-05-23');
  });

  it('crosses into the year before', () => {
    expect(retentionCutoff('2026-02-15', 3)).toBe('2025-11-15');
  });

  it('lands on the last day of a shorter month', () => {
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('lands on 29 February in a leap year', () => {
    expect(retentionCutoff('2028-03-31', 1)).toBe('2028-02-29');
  });

  it('keeps the month end of a longer month as the same day', () => {
    expect(retentionCutoff('2026-02-28', 1)).toBe('2026-01-28');
  });

  it('lands on 30 April from 31 October', () => {
    expect(retentionCutoff('2026-10-31', 6)).toBe('2026-04-30');
  });

  it('goes back years for 24 and 36 months', () => {
    expect(retentionCutoff('2026-11-23', 24)).toBe('2024-11-23');
    expect(retentionCutoff('2026-11-23', 36)).toBe('2023-11-23');
  });

  it('refuses a setting that cannot be stored', () => {
    expect(() => retentionCutoff('2026-11-23', 0)).toThrow(RangeError);
  });

  it('refuses a date that is not a day of the calendar', () => {
    expect(() => retentionCutoff('2026-02-30', 6)).toThrow(RangeError);
  });
});

describe('retentionCutoffAt', () => {
  it('is null when retention is off', () => {
    expect(retentionCutoffAt(new Date(2026, 10, 23, 10).getTime(), null)).toBeNull();
  });

  it('is the start of the cutoff day in the local time zone', () => {
    inTimeZone('America/Chicago', () => {
      const now = new Date(2026, 10, 23, 15, 30).getTime();
      expect(retentionCutoffAt(now, 6)).toBe(new Date(2026, 4, 23, 0, 0).getTime());
    });
  });

  it('takes the caller’s date, not the UTC one, late in the evening', () => {
    inTimeZone('America/Los_Angeles', () => {
      // 23:30 on 31 March in Los Angeles is already 1 April in UTC.
      const now = new Date(2026, 2, 31, 23, 30).getTime();
      expect(retentionCutoffAt(now, 1)).toBe(new Date(2026, 1, 28).getTime());
    });
  });

  it('takes the caller’s date, not the UTC one, early in the morning', () => {
    inTimeZone('Asia/Tokyo', () => {
      // 00:30 on 1 April in Tokyo is still 31 March in UTC.
      const now = new Date(2026, 3, 1, 0, 30).getTime();
      expect(retentionCutoffAt(now, 1)).toBe(new Date(2026, 2, 1).getTime());
    });
  });
});

describe('deletionSummary', () => {
  it('says nothing when there is nothing to delete', () => {
    expect(deletionSummary(NONE)).toBe('nothing');
  });

  it('names one call alone', () => {
    expect(deletionSummary(counts({ calls: 1 }))).toBe('1 call');
  });

  it('names two parts with "and"', () => {
    expect(deletionSummary(counts({ calls: 2, promises: 1 }))).toBe('2 calls and 1 promise');
  });

  it('names every count that is not zero, in order', () => {
    expect(
      deletionSummary({
        calls: 3,
        promises: 2,
        followUps: 4,
        contacts: 1,
        invoices: 40,
        invoiceEvents: 1,
      }),
    ).toBe('3 calls, 2 promises, 4 follow-ups, 1 contact, 40 invoices and 1 invoice change');
  });

  it('leaves out the counts that are zero', () => {
    expect(deletionSummary(counts({ calls: 1, followUps: 2 }))).toBe('1 call and 2 follow-ups');
  });

  it('names an account with nothing else', () => {
    expect(deletionSummary(NONE, 'Acme Supply')).toBe('the account Acme Supply');
  });

  it('names an account with what goes with it', () => {
    expect(deletionSummary(counts({ calls: 12, invoices: 40 }), 'Acme Supply')).toBe(
      'the account Acme Supply with 12 calls and 40 invoices',
    );
  });
});

describe('callDeletionSentence', () => {
  it('says only the call goes when it left nothing', () => {
    expect(callDeletionSentence(counts({ calls: 1 }))).toBe(
      'Deletes this call. This cannot be undone.',
    );
  });

  it('names its promise and follow-ups', () => {
    expect(callDeletionSentence(counts({ calls: 1, promises: 1, followUps: 2 }))).toBe(
      'Deletes this call, its promise and 2 follow-ups. This cannot be undone.',
    );
  });

  it('names a single follow-up', () => {
    expect(callDeletionSentence(counts({ calls: 1, followUps: 1 }))).toBe(
      'Deletes this call and its follow-up. This cannot be undone.',
    );
  });
});

describe('accountDeletionSentence', () => {
  it('names the account and what goes with it', () => {
    expect(accountDeletionSentence('Acme Supply', counts({ calls: 2, contacts: 1 }))).toBe(
      'Deletes the account Acme Supply with 2 calls and 1 contact. This cannot be undone.',
    );
  });
});

describe('retentionSentence', () => {
  it('says nothing goes now when no call is old enough', () => {
    expect(retentionSentence(6, NONE)).toBe(
      'No call ended more than 6 months ago, so nothing is deleted now. Calls are deleted as they pass 6 months.',
    );
  });

  it('says how many calls go now, with what they left', () => {
    expect(retentionSentence(12, counts({ calls: 3, promises: 1, followUps: 2 }))).toBe(
      'Deletes 3 calls that ended more than 12 months ago, with 1 promise and 2 follow-ups. From then on, calls are deleted each day as they pass 12 months. This cannot be undone.',
    );
  });

  it('says one call in the singular', () => {
    expect(retentionSentence(3, counts({ calls: 1 }))).toMatch(
      /^Deletes 1 call that ended more than 3 months ago\. From then on/,
    );
  });
});
