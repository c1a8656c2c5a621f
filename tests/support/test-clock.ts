/**
 * The instant component tests run at: Monday 23 November 2026, 10:00 in the machine's time zone.
 * Fixed so that no test depends on the real today; dates in tests are written relative to it.
 */
export const TEST_NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
