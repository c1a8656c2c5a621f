import { formatDuration } from '../../../shared/domain/time-format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [247_000, '4:07'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_729_000, '1:02:09'],
    [36_000_000, '10:00:00'],
  ])('formats %i ms as %s', (milliseconds, text) => {
    expect(formatDuration(milliseconds)).toBe(text);
  });

  it('reads a negative span as zero', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});
