/**
 * The preview's clock: the computer's, moved by `CALL_COACH_CLOCK_OFFSET_DAYS` whole days when
 * set, so an end-to-end test can come back to the same data "days later" (a promise's date
 * passing). Only the preview reads it; the desktop app always runs on the computer's clock.
 */
export const CLOCK_OFFSET_VARIABLE = 'CALL_COACH_CLOCK_OFFSET_DAYS';

const DAY_MS = 24 * 60 * 60 * 1000;
const OFFSET_DAYS_MAX = 3660;

export function previewClock(
  env: Readonly<Record<string, string | undefined>>,
  now: () => number = Date.now,
): () => number {
  const text = env[CLOCK_OFFSET_VARIABLE]?.trim();
  if (!text) return now;
  const days = Number(text);
  if (!Number.isInteger(days) || Math.abs(days) > OFFSET_DAYS_MAX) {
    throw new Error(
      `${CLOCK_OFFSET_VARIABLE} must be a whole number of days up to ${OFFSET_DAYS_MAX} (got "${text}").`,
    );
  }
  return () => now() + days * DAY_MS;
}
