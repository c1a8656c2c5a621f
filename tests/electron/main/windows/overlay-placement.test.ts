import type { DisplayInfo } from '../../../../electron/main/windows/display-layouts';
import {
  createOverlayPlacement,
  LEGACY_OVERLAY_BOUNDS_KEY,
  OVERLAY_LAYOUTS_KEY,
  type OverlayPlacement,
  type OverlayPlacementDeps,
} from '../../../../electron/main/windows/overlay-placement';
import { OVERLAY_SIZES, type Rect } from '../../../../electron/main/windows/window-bounds';
import { memorySettings } from '../../support/fixtures';

function display(bounds: Rect, scaleFactor = 1): DisplayInfo {
  return { bounds, workArea: { ...bounds, height: bounds.height - 40 }, scaleFactor };
}

const laptop = display({ x: 0, y: 0, width: 1920, height: 1080 });
const leftMonitor = display({ x: -2560, y: 0, width: 2560, height: 1440 });
const aboveMonitor = display({ x: 0, y: -1440, width: 2560, height: 1440 });
const expandedSize = OVERLAY_SIZES.expanded.default;
const compactSize = OVERLAY_SIZES.compact.default;
const laptopCorner: Rect = { x: 1920 - 380 - 16, y: 16, width: 380, height: 640 };

let displays: DisplayInfo[];
let primary: DisplayInfo;
const screen = { displays: () => displays, primary: () => primary };

function placementWith(
  storage: OverlayPlacementDeps['storage'] = memorySettings(),
): OverlayPlacement {
  return createOverlayPlacement({ screen, storage });
}

beforeEach(() => {
  displays = [laptop];
  primary = laptop;
});

describe('createOverlayPlacement', () => {
  it('opens at the top-right of the primary display when nothing is remembered', () => {
    expect(placementWith().place('expanded', expandedSize)).toEqual(laptopCorner);
  });

  it('opens where the window was left on the same displays, after a restart', () => {
    const storage = memorySettings();
    const before = placementWith(storage);
    before.place('expanded', expandedSize);
    before.remember('expanded', { x: 200, y: 100, width: 420, height: 700 });

    const after = placementWith(storage);

    expect(after.place('expanded', expandedSize)).toEqual({
      x: 200,
      y: 100,
      width: 420,
      height: 700,
    });
  });

  it('remembers compact and expanded places separately', () => {
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    placement.remember('expanded', { x: 100, y: 100, width: 380, height: 640 });
    placement.remember('compact', { x: 600, y: 960, width: 520, height: 72 });

    expect(placement.place('compact', compactSize)).toEqual({
      x: 600,
      y: 960,
      width: 520,
      height: 72,
    });
    expect(placement.place('expanded', expandedSize)).toEqual({
      x: 100,
      y: 100,
      width: 380,
      height: 640,
    });
  });

  it('uses the fallback for a layout with no remembered place', () => {
    const fallback: Rect = { x: 900, y: 200, width: 520, height: 72 };

    expect(placementWith().place('compact', compactSize, fallback)).toEqual(fallback);
  });

  it('returns to the place on the monitor when the laptop is docked again', () => {
    displays = [laptop, leftMonitor];
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    placement.remember('expanded', { x: -1500, y: 300, width: 380, height: 640 });

    displays = [laptop];
    const undocked = placement.place('expanded', expandedSize, {
      x: -1500,
      y: 300,
      width: 380,
      height: 640,
    });
    placement.remember('expanded', { x: 1000, y: 50, width: 380, height: 640 });
    displays = [laptop, leftMonitor];
    const docked = placement.place('expanded', expandedSize, {
      x: 1000,
      y: 50,
      width: 380,
      height: 640,
    });

    expect(undocked).toEqual(laptopCorner);
    expect(docked).toEqual({ x: -1500, y: 300, width: 380, height: 640 });
  });

  it('returns to the laptop place when it is undocked again', () => {
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    placement.remember('expanded', { x: 1000, y: 50, width: 380, height: 640 });
    displays = [laptop, leftMonitor];
    placement.place('expanded', expandedSize);
    placement.remember('expanded', { x: -1500, y: 300, width: 380, height: 640 });

    displays = [laptop];

    expect(
      placement.place('expanded', expandedSize, { x: -1500, y: 300, width: 380, height: 640 }),
    ).toEqual({ x: 1000, y: 50, width: 380, height: 640 });
  });

  it('files a place under the displays the window was last placed on', () => {
    const storage = memorySettings();
    displays = [laptop, leftMonitor];
    const placement = placementWith(storage);
    placement.place('expanded', expandedSize);

    // The monitor is unplugged, and the system moves the window before the placement hears.
    displays = [laptop];
    placement.remember('expanded', { x: -1500, y: 300, width: 380, height: 640 });

    expect(Object.values(storage.values.get(OVERLAY_LAYOUTS_KEY) as object)).toHaveLength(1);
    displays = [laptop, leftMonitor];
    expect(placement.place('expanded', expandedSize)).toEqual({
      x: -1500,
      y: 300,
      width: 380,
      height: 640,
    });
  });

  it('moves the overlay to the primary display when its monitor is removed', () => {
    displays = [laptop, leftMonitor];
    const placement = placementWith();
    const current: Rect = { x: -1500, y: 300, width: 380, height: 640 };
    placement.place('expanded', expandedSize);

    displays = [laptop];

    expect(placement.place('expanded', expandedSize, current)).toEqual(laptopCorner);
  });

  it('pulls the overlay back inside when the resolution drops and the work area shrinks', () => {
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    const current: Rect = { x: 1000, y: 300, width: 400, height: 640 };

    displays = [display({ x: 0, y: 0, width: 1280, height: 720 })];
    primary = displays[0]!;

    expect(placement.place('expanded', expandedSize, current)).toEqual({
      x: 1280 - 400,
      y: 680 - 640,
      width: 400,
      height: 640,
    });
  });

  it('moves the overlay to the corner when a lower resolution leaves it off-screen', () => {
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    const current: Rect = { x: 1500, y: 300, width: 400, height: 640 };

    displays = [display({ x: 0, y: 0, width: 1280, height: 720 })];
    primary = displays[0]!;

    expect(placement.place('expanded', expandedSize, current)).toEqual({
      x: 1280 - 380 - 16,
      y: 16,
      width: 380,
      height: 640,
    });
  });

  it('keeps an overlay on monitors left of and above the primary one', () => {
    displays = [laptop, leftMonitor, aboveMonitor];
    const placement = placementWith();
    placement.place('expanded', expandedSize);
    placement.remember('expanded', { x: -2400, y: 200, width: 380, height: 640 });
    placement.remember('compact', { x: 300, y: -1000, width: 520, height: 72 });

    expect(placement.place('expanded', expandedSize)).toEqual({
      x: -2400,
      y: 200,
      width: 380,
      height: 640,
    });
    expect(placement.place('compact', compactSize)).toEqual({
      x: 300,
      y: -1000,
      width: 520,
      height: 72,
    });
  });

  it('keeps a grown window on screen', () => {
    const placement = placementWith();

    expect(
      placement.keepVisible({ x: 1800, y: 1000, width: 520, height: 104 }, compactSize),
    ).toEqual({ x: 1920 - 520, y: 1040 - 104, width: 520, height: 104 });
  });

  it('carries the place stored before layouts over as the expanded place', () => {
    const legacy: Rect = { x: 300, y: 200, width: 400, height: 700 };
    const storage = memorySettings({ [LEGACY_OVERLAY_BOUNDS_KEY]: legacy });

    const placement = placementWith(storage);

    expect(placement.place('expanded', expandedSize)).toEqual(legacy);
    expect(placement.place('compact', compactSize)).toEqual({
      x: 1920 - 520 - 16,
      y: 16,
      width: 520,
      height: 96,
    });
  });

  it('stores the carried-over place at once and keeps the old value', () => {
    const legacy: Rect = { x: 300, y: 200, width: 400, height: 700 };
    const storage = memorySettings({ [LEGACY_OVERLAY_BOUNDS_KEY]: legacy });

    placementWith(storage);

    expect(storage.values.get(LEGACY_OVERLAY_BOUNDS_KEY)).toEqual(legacy);
    expect(Object.values(storage.values.get(OVERLAY_LAYOUTS_KEY) as object)).toEqual([
      { expanded: legacy },
    ]);
  });

  it('ignores the old value once places are stored per layout', () => {
    const storage = memorySettings({
      [LEGACY_OVERLAY_BOUNDS_KEY]: { x: 300, y: 200, width: 400, height: 700 },
    });
    const first = placementWith(storage);
    first.place('expanded', expandedSize);
    first.remember('expanded', { x: 50, y: 60, width: 380, height: 640 });

    const second = placementWith(storage);

    expect(second.place('expanded', expandedSize)).toEqual({
      x: 50,
      y: 60,
      width: 380,
      height: 640,
    });
  });

  it('opens at the default corner when what is stored is malformed', () => {
    const storage = memorySettings({
      [OVERLAY_LAYOUTS_KEY]: { anything: { expanded: { x: 'left' } } },
      [LEGACY_OVERLAY_BOUNDS_KEY]: [1, 2, 3],
    });

    expect(placementWith(storage).place('expanded', expandedSize)).toEqual(laptopCorner);
  });

  it('opens at the default corner when what is stored is not JSON at all', () => {
    const storage = {
      read: () => {
        throw new SyntaxError('Unexpected token');
      },
      write: () => undefined,
    };

    expect(placementWith(storage).place('expanded', expandedSize)).toEqual(laptopCorner);
  });
});
