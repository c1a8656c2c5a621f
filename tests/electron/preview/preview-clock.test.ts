import { previewClock } from '../../../electron/preview/preview-clock';

const NOW = Date.UTC(2026, 11, 2, 12);
const DAY = 24 * 60 * 60 * 1000;

describe('previewClock', () => {
  it('is the computer’s clock when no offset is set', () => {
    expect(previewClock({}, () => NOW)()).toBe(NOW);
    expect(previewClock({ CALL_COACH_CLOCK_OFFSET_DAYS: ' ' }, () => NOW)()).toBe(NOW);
  });

  it('runs whole days ahead or behind', () => {
    expect(previewClock({ CALL_COACH_CLOCK_OFFSET_DAYS: '3' }, () => NOW)()).toBe(NOW + 3 * DAY);
    expect(previewClock({ CALL_COACH_CLOCK_OFFSET_DAYS: '-2' }, () => NOW)()).toBe(NOW - 2 * DAY);
  });

  it.each(['1.5', 'soon', '99999'])('refuses %s, naming the variable', (value) => {
    expect(() => previewClock({ CALL_COACH_CLOCK_OFFSET_DAYS: value })).toThrow(
      /CALL_COACH_CLOCK_OFFSET_DAYS must be a whole number/,
    );
  });
});
