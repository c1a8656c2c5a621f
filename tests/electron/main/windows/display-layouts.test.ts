import {
  displayLayoutKey,
  migrateLegacyBounds,
  parseBoundsMemory,
  recallBounds,
  rememberBounds,
  type BoundsMemory,
  type DisplayInfo,
} from '../../../../electron/main/windows/display-layouts';
import type { Rect } from '../../../../electron/main/windows/window-bounds';

function display(bounds: Rect, scaleFactor = 1, taskbar = 40): DisplayInfo {
  return { bounds, workArea: { ...bounds, height: bounds.height - taskbar }, scaleFactor };
}

const laptop = display({ x: 0, y: 0, width: 1920, height: 1080 }, 1.5);
const leftMonitor = display({ x: -2560, y: 0, width: 2560, height: 1440 });
const place: Rect = { x: 100, y: 100, width: 380, height: 640 };
const otherPlace: Rect = { x: -2000, y: 50, width: 400, height: 700 };

describe('displayLayoutKey', () => {
  it('names the same displays the same way whatever order they are listed in', () => {
    expect(displayLayoutKey([laptop, leftMonitor])).toBe(displayLayoutKey([leftMonitor, laptop]));
  });

  it('tells a docked laptop from the laptop alone', () => {
    expect(displayLayoutKey([laptop, leftMonitor])).not.toBe(displayLayoutKey([laptop]));
  });

  it('tells a new resolution from the old one', () => {
    const lower = display({ x: 0, y: 0, width: 1280, height: 720 }, 1.5);

    expect(displayLayoutKey([lower])).not.toBe(displayLayoutKey([laptop]));
  });

  it('tells a new scale factor from the old one', () => {
    const scaled = display(laptop.bounds, 1);

    expect(displayLayoutKey([scaled])).not.toBe(displayLayoutKey([laptop]));
  });

  it('ignores a taskbar that moved or hid, which changes only the work area', () => {
    const hiddenTaskbar = display(laptop.bounds, 1.5, 0);

    expect(displayLayoutKey([hiddenTaskbar])).toBe(displayLayoutKey([laptop]));
  });
});

describe('parseBoundsMemory', () => {
  it('reads remembered places per set of displays and layout', () => {
    const stored = {
      docked: { compact: place, expanded: otherPlace },
      laptop: { expanded: place },
    };

    expect(parseBoundsMemory(stored)).toEqual(stored);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'docked'],
    ['a number', 42],
    ['an array', [place]],
  ])('reads %s as nothing remembered', (_label, value) => {
    expect(parseBoundsMemory(value)).toEqual({});
  });

  it('drops a malformed rectangle and keeps the other layout', () => {
    const stored = {
      docked: { compact: { x: 'left', y: 0, width: 10, height: 10 }, expanded: place },
    };

    expect(parseBoundsMemory(stored)).toEqual({ docked: { expanded: place } });
  });

  it('drops an entry that is not an object and keeps the others', () => {
    expect(parseBoundsMemory({ broken: 'yes', docked: { expanded: place } })).toEqual({
      docked: { expanded: place },
    });
  });

  it('drops an entry with nothing usable left in it', () => {
    const stored = { empty: {}, broken: { expanded: { width: -1 } }, docked: { compact: place } };

    expect(parseBoundsMemory(stored)).toEqual({ docked: { compact: place } });
  });

  it('ignores layouts it does not know', () => {
    expect(parseBoundsMemory({ docked: { floating: place, compact: place } })).toEqual({
      docked: { compact: place },
    });
  });
});

describe('recallBounds and rememberBounds', () => {
  it('recalls nothing for displays it has never seen', () => {
    expect(recallBounds({}, 'docked', 'expanded')).toBeNull();
  });

  it('recalls each layout separately on the same displays', () => {
    let memory: BoundsMemory = {};
    memory = rememberBounds(memory, 'docked', 'expanded', place);
    memory = rememberBounds(memory, 'docked', 'compact', otherPlace);

    expect(recallBounds(memory, 'docked', 'expanded')).toEqual(place);
    expect(recallBounds(memory, 'docked', 'compact')).toEqual(otherPlace);
  });

  it('recalls each set of displays separately', () => {
    let memory: BoundsMemory = {};
    memory = rememberBounds(memory, 'docked', 'expanded', otherPlace);
    memory = rememberBounds(memory, 'laptop', 'expanded', place);

    expect(recallBounds(memory, 'docked', 'expanded')).toEqual(otherPlace);
    expect(recallBounds(memory, 'laptop', 'expanded')).toEqual(place);
  });

  it('does not change the memory it was given', () => {
    const memory: BoundsMemory = { docked: { expanded: place } };

    rememberBounds(memory, 'docked', 'expanded', otherPlace);

    expect(memory).toEqual({ docked: { expanded: place } });
  });

  it('forgets the least recently used sets of displays beyond twelve', () => {
    let memory: BoundsMemory = {};
    for (let index = 0; index < 13; index += 1) {
      memory = rememberBounds(memory, `desk-${index}`, 'expanded', place);
    }
    memory = rememberBounds(memory, 'desk-1', 'compact', otherPlace);
    memory = rememberBounds(memory, 'desk-13', 'expanded', place);

    expect(Object.keys(memory)).toHaveLength(12);
    expect(recallBounds(memory, 'desk-0', 'expanded')).toBeNull();
    expect(recallBounds(memory, 'desk-2', 'expanded')).toBeNull();
    expect(recallBounds(memory, 'desk-1', 'expanded')).toEqual(place);
  });
});

describe('migrateLegacyBounds', () => {
  it('carries the single stored rectangle over as the expanded place on the current displays', () => {
    expect(migrateLegacyBounds({}, place, 'docked')).toEqual({ docked: { expanded: place } });
  });

  it('carries nothing over once places are remembered the new way', () => {
    expect(migrateLegacyBounds({ laptop: { compact: otherPlace } }, place, 'docked')).toBeNull();
  });

  it.each([
    ['nothing stored', undefined],
    ['a malformed rectangle', { x: 0, y: 0, width: 0, height: 640 }],
    ['a string', 'top right'],
  ])('carries nothing over from %s', (_label, legacy) => {
    expect(migrateLegacyBounds({}, legacy, 'docked')).toBeNull();
  });
});
