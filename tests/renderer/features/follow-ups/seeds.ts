import type { FollowUpSeed } from './render-follow-ups';

// Follow-ups for the tests; today is Monday 23 November 2026.

export const ACME: FollowUpSeed = {
  customer: 'Acme Ltd',
  what: 'Call back about the check',
  dueOn: '2026-11-20',
  amountDueCents: 125_000,
};

export const BIRCH: FollowUpSeed = {
  customer: 'Birch Supply',
  what: 'Confirm the promised payment has arrived',
  dueOn: '2026-11-21',
  isBrokenPromise: true,
};

export const CEDAR: FollowUpSeed = {
  customer: 'Cedar Farms',
  what: 'Send a copy of the invoice',
  dueOn: '2026-11-23',
  daysAgo: 3,
};

export const DELTA: FollowUpSeed = {
  customer: 'Delta Dental',
  what: 'Ask whether the remittance went out',
  dueOn: '2026-11-27',
  daysAgo: 3,
};

/** Two overdue (one a broken promise), one due today, one upcoming. */
export const ALL: readonly FollowUpSeed[] = [ACME, BIRCH, CEDAR, DELTA];
