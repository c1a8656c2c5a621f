import { TEXT_SCALE, TEXT_SIZES } from '../../../../shared/domain/settings';
import {
  OVERLAY_SIZES,
  overlaySizes,
  parseSavedBounds,
  placeOverlay,
  type Rect,
} from '../../../../electron/main/windows/window-bounds';

const expanded = OVERLAY_SIZES.expanded.default;

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function isInside(bounds: Rect, area: Rect): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('placeOverlay', () => {
  it('opens at the top-right of the primary display with the default size when nothing was saved', () => {
    const bounds = placeOverlay(null, [laptop], laptop, expanded);

    expect(bounds).toEqual({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('opens at the top-right of a primary display that is not at the origin', () => {
    const primary: Rect = { x: 1920, y: 40, width: 1280, height: 984 };

    const bounds = placeOverlay(null, [laptop, primary], primary, expanded);

    expect(bounds).toEqual({ x: 1920 + 1280 - 380 - 16, y: 40 + 16, width: 380, height: 640 });
  });

  it('shrinks the default size to fit a small primary display', () => {
    const small: Rect = { x: 0, y: 0, width: 320, height: 480 };

    const bounds = placeOverlay(null, [small], small, expanded);

    expect(bounds).toEqual({ x: 0, y: 0, width: 320, height: 480 });
  });

  it('keeps saved bounds that still sit on a connected display', () => {
    const saved: Rect = { x: 200, y: 150, width: 400, height: 700 };

    expect(placeOverlay(saved, [laptop], laptop, expanded)).toEqual(saved);
  });

  it('keeps saved bounds on a secondary display that is still connected', () => {
    const saved: Rect = { x: 3000, y: 100, width: 420, height: 700 };

    expect(placeOverlay(saved, [laptop, rightMonitor], laptop, expanded)).toEqual(saved);
  });

  it('moves the overlay to the primary display when its monitor was unplugged', () => {
    const saved: Rect = { x: 3000, y: 100, width: 420, height: 700 };

    const bounds = placeOverlay(saved, [laptop], laptop, expanded);

    expect(bounds).toEqual({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('pulls bounds that hang partly off the display fully inside it', () => {
    const saved: Rect = { x: 1700, y: 600, width: 400, height: 700 };

    const bounds = placeOverlay(saved, [laptop], laptop, expanded);

    expect(bounds).toEqual({ x: 1920 - 400, y: 1040 - 700, width: 400, height: 700 });
    expect(isInside(bounds, laptop)).toBe(true);
  });

  it('moves the overlay to the primary display when only a sliver of it still shows', () => {
    const saved: Rect = { x: 1900, y: 100, width: 400, height: 700 };

    const bounds = placeOverlay(saved, [laptop], laptop, expanded);

    expect(bounds).toEqual({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('keeps negative coordinates on a left-hand monitor that is connected', () => {
    const saved: Rect = { x: -1500, y: 200, width: 380, height: 640 };

    expect(placeOverlay(saved, [laptop, leftMonitor], laptop, expanded)).toEqual(saved);
  });

  it('moves the overlay off negative coordinates when the left-hand monitor is gone', () => {
    const saved: Rect = { x: -1500, y: 200, width: 380, height: 640 };

    const bounds = placeOverlay(saved, [laptop], laptop, expanded);

    expect(isInside(bounds, laptop)).toBe(true);
  });

  it('places the overlay on the display that shows most of it when it straddles two', () => {
    const saved: Rect = { x: 1800, y: 100, width: 400, height: 600 };

    const bounds = placeOverlay(saved, [laptop, rightMonitor], laptop, expanded);

    expect(bounds).toEqual({ x: 1920, y: 100, width: 400, height: 600 });
    expect(isInside(bounds, rightMonitor)).toBe(true);
  });

  it('shrinks saved bounds that no longer fit after the resolution dropped', () => {
    const smaller: Rect = { x: 0, y: 0, width: 1280, height: 600 };
    const saved: Rect = { x: 900, y: 50, width: 500, height: 900 };

    const bounds = placeOverlay(saved, [smaller], smaller, expanded);

    expect(bounds).toEqual({ x: 780, y: 0, width: 500, height: 600 });
    expect(isInside(bounds, smaller)).toBe(true);
  });
  it('opens a compact window at the top-right of the primary display with the compact size', () => {
    const bounds = placeOverlay(null, [laptop], laptop, OVERLAY_SIZES.compact.default);

    expect(bounds).toEqual({ x: 1920 - 520 - 16, y: 16, width: 520, height: 96 });
  });

  it('keeps a compact window that still shows on a display, however short it is', () => {
    const saved: Rect = { x: 300, y: 900, width: 400, height: 77 };

    expect(placeOverlay(saved, [laptop], laptop, OVERLAY_SIZES.compact.default)).toEqual(saved);
  });

  it('moves the overlay to the primary display when it is above every display', () => {
    const saved: Rect = { x: 200, y: -900, width: 380, height: 640 };

    const bounds = placeOverlay(saved, [laptop, leftMonitor], laptop, expanded);

    expect(bounds).toEqual({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('keeps an overlay on a monitor above the primary one, at negative coordinates', () => {
    const aboveMonitor: Rect = { x: 0, y: -1080, width: 1920, height: 1050 };
    const saved: Rect = { x: 100, y: -900, width: 380, height: 640 };

    expect(placeOverlay(saved, [laptop, aboveMonitor], laptop, expanded)).toEqual(saved);
  });
});

describe('overlaySizes', () => {
  it('gives each layout its own default and minimum size at the standard text size', () => {
    expect(overlaySizes('compact', 'standard')).toEqual({
      default: { width: 520, height: 96 },
      min: { width: 300, height: 88 },
    });
    expect(overlaySizes('expanded', 'standard')).toEqual({
      default: { width: 380, height: 640 },
      min: { width: 300, height: 360 },
    });
  });

  it('grows the compact sizes with the text, so its two lines are never cut off', () => {
    expect(overlaySizes('compact', 'largest')).toEqual({
      default: { width: 754, height: 139 },
      min: { width: 435, height: 128 },
    });
  });

  it('leaves room at every text size for the two lines, with the title wrapped, at the minimum', () => {
    // Measured in Chromium with compact.css at 15 px text: two lines with a one-line title take
    // about 68 px, with a two-line title about 83 px; at 300 px wide the buttons and the timer
    // take about 130 px beside the text. Everything in the layout is in rem, so it scales.
    for (const textSize of TEXT_SIZES) {
      const scale = TEXT_SCALE[textSize];
      const { default: opened, min } = overlaySizes('compact', textSize);

      expect(min.height, textSize).toBeGreaterThanOrEqual(Math.ceil(83 * scale));
      expect(min.width, textSize).toBeGreaterThanOrEqual(Math.ceil(300 * scale));
      expect(opened.height, textSize).toBeGreaterThanOrEqual(min.height);
      expect(opened.width, textSize).toBeGreaterThanOrEqual(min.width);
    }
  });

  it('keeps the expanded sizes at every text size, since expanded scrolls', () => {
    expect(overlaySizes('expanded', 'largest')).toEqual(overlaySizes('expanded', 'standard'));
  });
});

describe('parseSavedBounds', () => {
  it('reads well-formed bounds', () => {
    expect(parseSavedBounds({ x: -1900, y: 20, width: 380, height: 640 })).toEqual({
      x: -1900,
      y: 20,
      width: 380,
      height: 640,
    });
  });

  it.each([
    ['nothing saved', null],
    ['undefined', undefined],
    ['a string', '{"x":0,"y":0,"width":380,"height":640}'],
    ['a missing field', { x: 0, y: 0, width: 380 }],
    ['a string coordinate', { x: '0', y: 0, width: 380, height: 640 }],
    ['a fractional coordinate', { x: 0.5, y: 0, width: 380, height: 640 }],
    ['a zero width', { x: 0, y: 0, width: 0, height: 640 }],
    ['a negative height', { x: 0, y: 0, width: 380, height: -640 }],
    ['a non-finite value', { x: Number.NaN, y: 0, width: 380, height: 640 }],
    ['an infinite size', { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 640 }],
    ['an array', [0, 0, 380, 640]],
  ])('rejects %s', (_label, value) => {
    expect(parseSavedBounds(value)).toBeNull();
  });
});
