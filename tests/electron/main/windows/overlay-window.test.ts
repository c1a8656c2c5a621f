import type { BrowserWindowConstructorOptions } from 'electron';
import { displayLayoutKey } from '../../../../electron/main/windows/display-layouts';
import {
  LEGACY_OVERLAY_BOUNDS_KEY,
  OVERLAY_LAYOUTS_KEY,
} from '../../../../electron/main/windows/overlay-placement';
import {
  createOverlayWindow,
  type OverlayWindow,
  type OverlayWindowOptions,
} from '../../../../electron/main/windows/overlay-window';
import { secureWebPreferences } from '../../../../electron/main/windows/web-preferences';
import type { Rect } from '../../../../electron/main/windows/window-bounds';
import { memorySettings } from '../../support/fixtures';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  interface FakeDisplay {
    bounds: { x: number; y: number; width: number; height: number };
    workArea: { x: number; y: number; width: number; height: number };
    scaleFactor: number;
  }

  class Emitter {
    readonly listeners = new Map<string, Listener[]>();

    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }

    once(event: string, listener: Listener) {
      const wrapped: Listener = (...args) => {
        this.removeListener(event, wrapped);
        listener(...args);
      };
      return this.on(event, wrapped);
    }

    removeListener(event: string, listener: Listener) {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
      );
      return this;
    }

    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }

    count(event: string): number {
      return this.listeners.get(event)?.length ?? 0;
    }
  }

  class FakeBrowserWindow extends Emitter {
    static readonly instances: FakeBrowserWindow[] = [];
    readonly calls: { method: string; args: unknown[] }[] = [];
    normalBounds: { x: number; y: number; width: number; height: number };
    isVisibleNow = false;
    isMinimizedNow = false;

    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.normalBounds = {
        x: options.x ?? 0,
        y: options.y ?? 0,
        width: options.width ?? 0,
        height: options.height ?? 0,
      };
      FakeBrowserWindow.instances.push(this);
    }

    private record(method: string, args: unknown[]) {
      this.calls.push({ method, args });
    }

    callsTo(method: string): unknown[][] {
      return this.calls.filter((call) => call.method === method).map((call) => call.args);
    }

    setAlwaysOnTop(...args: unknown[]) {
      this.record('setAlwaysOnTop', args);
    }
    showInactive() {
      this.record('showInactive', []);
      this.isVisibleNow = true;
    }
    show() {
      this.record('show', []);
      this.isVisibleNow = true;
    }
    focus() {
      this.record('focus', []);
    }
    hide() {
      this.record('hide', []);
      this.isVisibleNow = false;
    }
    isVisible() {
      return this.isVisibleNow;
    }
    isMinimized() {
      return this.isMinimizedNow;
    }
    isDestroyed() {
      return false;
    }
    setBounds(bounds: { x: number; y: number; width: number; height: number }) {
      this.record('setBounds', [bounds]);
      this.normalBounds = bounds;
    }
    setMinimumSize(width: number, height: number) {
      this.record('setMinimumSize', [width, height]);
    }
    getNormalBounds() {
      return this.normalBounds;
    }
    loadURL(url: string) {
      this.record('loadURL', [url]);
      return Promise.resolve();
    }
  }

  const laptop: FakeDisplay = {
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    scaleFactor: 1,
  };
  const leftMonitor: FakeDisplay = {
    bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
    workArea: { x: -1920, y: 0, width: 1920, height: 1080 },
    scaleFactor: 1,
  };

  class FakeScreen extends Emitter {
    all: FakeDisplay[] = [laptop];
    primary: FakeDisplay = laptop;
    getAllDisplays() {
      return this.all;
    }
    getPrimaryDisplay() {
      return this.primary;
    }
  }

  return { FakeBrowserWindow, screen: new FakeScreen(), laptop, leftMonitor };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, screen: fake.screen }));

type FakeWindow = InstanceType<typeof fake.FakeBrowserWindow>;

const laptopCorner = { x: 1920 - 380 - 16, y: 16, width: 380, height: 640 };

let storage: ReturnType<typeof memorySettings>;
let isQuitting: boolean;
let hiddenToTray: number;
let logged: unknown[];

function open(overrides: Partial<OverlayWindowOptions> = {}): {
  overlay: OverlayWindow;
  window: FakeWindow;
} {
  const overlay = createOverlayWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://call-coach/index.html',
    allowDevTools: false,
    storage,
    layout: 'expanded',
    textSize: 'standard',
    isQuitting: () => isQuitting,
    onHiddenToTray: () => {
      hiddenToTray += 1;
    },
    log: { error: (_message, error) => logged.push(error) },
    ...overrides,
  });
  const window = fake.FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('No window was created');
  return { overlay, window };
}

/** What is remembered for a layout on the displays connected now. */
function remembered(layout: 'compact' | 'expanded'): Rect | undefined {
  const memory = storage.values.get(OVERLAY_LAYOUTS_KEY) as
    Record<string, Record<string, Rect>> | undefined;
  return memory?.[displayLayoutKey(fake.screen.all)]?.[layout];
}

function closeEvent() {
  const event = {
    isDefaultPrevented: false,
    preventDefault: () => (event.isDefaultPrevented = true),
  };
  return event;
}

beforeEach(() => {
  fake.FakeBrowserWindow.instances.length = 0;
  fake.screen.listeners.clear();
  fake.screen.all = [fake.laptop];
  fake.screen.primary = fake.laptop;
  storage = memorySettings();
  isQuitting = false;
  hiddenToTray = 0;
  logged = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createOverlayWindow', () => {
  it('creates the window with the secure web preferences and the given preload', () => {
    const { window } = open();

    expect(window.options.webPreferences).toEqual(
      secureWebPreferences('/app/out/preload/index.cjs', { allowDevTools: false }),
    );
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('gives the window no DevTools when they are not allowed', () => {
    expect(open({ allowDevTools: false }).window.options.webPreferences?.devTools).toBe(false);
  });

  it('gives the window DevTools when they are allowed', () => {
    expect(open({ allowDevTools: true }).window.options.webPreferences?.devTools).toBe(true);
  });

  it('creates the window hidden', () => {
    expect(open().window.options.show).toBe(false);
  });

  it('leaves always-on-top to the preferences', () => {
    const { window } = open();

    expect(window.options.alwaysOnTop).toBeUndefined();
    expect(window.callsTo('setAlwaysOnTop')).toEqual([]);
  });

  it('shows the window without focus once it is ready to show', () => {
    const { window } = open();
    expect(window.callsTo('showInactive')).toEqual([]);

    window.emit('ready-to-show');

    expect(window.callsTo('showInactive')).toEqual([[]]);
  });

  it('never calls show() or focus(), which would take focus from the phone system', () => {
    const { window } = open();

    window.emit('ready-to-show');
    window.emit('ready-to-show');

    expect(window.callsTo('show')).toEqual([]);
    expect(window.callsTo('focus')).toEqual([]);
    expect(window.callsTo('showInactive')).toHaveLength(1);
  });

  it('loads the given url', () => {
    expect(open().window.callsTo('loadURL')).toEqual([['app://call-coach/index.html']]);
  });
});

describe('createOverlayWindow: where it opens', () => {
  it('opens expanded at the top-right of the primary display when nothing is remembered', () => {
    expect(open().window.options).toMatchObject(laptopCorner);
  });

  it('opens compact at the top-right with the compact size and minimum', () => {
    const { window } = open({ layout: 'compact' });

    expect(window.options).toMatchObject({
      x: 1920 - 520 - 16,
      y: 16,
      width: 520,
      height: 96,
      minWidth: 300,
      minHeight: 88,
    });
  });

  it('opens expanded with the expanded minimum size', () => {
    expect(open().window.options).toMatchObject({ minWidth: 300, minHeight: 360 });
  });

  it('opens at the place remembered for the displays connected now', () => {
    fake.screen.all = [fake.laptop, fake.leftMonitor];
    const place = { x: -1500, y: 200, width: 400, height: 600 };
    storage = memorySettings({
      [OVERLAY_LAYOUTS_KEY]: { [displayLayoutKey(fake.screen.all)]: { expanded: place } },
    });

    expect(open().window.options).toMatchObject(place);
  });

  it('opens at the place stored by earlier versions', () => {
    const legacy = { x: 200, y: 100, width: 400, height: 600 };
    storage = memorySettings({ [LEGACY_OVERLAY_BOUNDS_KEY]: legacy });

    expect(open().window.options).toMatchObject(legacy);
  });

  it('opens on the primary display when the remembered monitor is gone', () => {
    storage = memorySettings({
      [OVERLAY_LAYOUTS_KEY]: {
        [displayLayoutKey(fake.screen.all)]: {
          expanded: { x: 3000, y: 200, width: 400, height: 600 },
        },
      },
    });

    expect(open().window.options).toMatchObject(laptopCorner);
  });
});

describe('createOverlayWindow: remembering its place', () => {
  it('remembers its place once after a burst of moves and resizes settles', () => {
    vi.useFakeTimers();
    const { window } = open();

    window.normalBounds = { x: 10, y: 10, width: 380, height: 640 };
    window.emit('move');
    window.normalBounds = { x: 20, y: 30, width: 400, height: 650 };
    window.emit('resize');
    window.emit('move');
    expect(remembered('expanded')).toBeUndefined();
    vi.runAllTimers();

    expect(remembered('expanded')).toEqual({ x: 20, y: 30, width: 400, height: 650 });
  });

  it('remembers the place under the layout it is in', () => {
    vi.useFakeTimers();
    const { window } = open({ layout: 'compact' });

    window.normalBounds = { x: 600, y: 900, width: 540, height: 80 };
    window.emit('move');
    vi.runAllTimers();

    expect(remembered('compact')).toEqual({ x: 600, y: 900, width: 540, height: 80 });
    expect(remembered('expanded')).toBeUndefined();
  });

  it('logs, and carries on, when its place cannot be stored', () => {
    vi.useFakeTimers();
    const failure = new Error('disk full');
    storage.write = () => {
      throw failure;
    };
    const { window } = open();

    window.emit('move');
    vi.runAllTimers();

    expect(logged).toEqual([failure]);
  });
});

describe('createOverlayWindow: closing', () => {
  it('hides to the tray instead of closing', () => {
    const { window } = open();
    window.emit('ready-to-show');
    const event = closeEvent();

    window.emit('close', event);

    expect(event.isDefaultPrevented).toBe(true);
    expect(window.callsTo('hide')).toEqual([[]]);
    expect(hiddenToTray).toBe(1);
  });

  it('really closes while the app is quitting', () => {
    const { window } = open();
    isQuitting = true;
    const event = closeEvent();

    window.emit('close', event);

    expect(event.isDefaultPrevented).toBe(false);
    expect(window.callsTo('hide')).toEqual([]);
    expect(hiddenToTray).toBe(0);
  });

  it('remembers its place when it closes', () => {
    const { window } = open();
    window.normalBounds = { x: 100, y: 120, width: 420, height: 700 };

    window.emit('close', closeEvent());

    expect(remembered('expanded')).toEqual({ x: 100, y: 120, width: 420, height: 700 });
  });

  it('stops following the displays once it is destroyed', () => {
    const { window } = open();

    window.emit('closed');

    expect(fake.screen.count('display-added')).toBe(0);
    expect(fake.screen.count('display-removed')).toBe(0);
    expect(fake.screen.count('display-metrics-changed')).toBe(0);
  });
});

describe('createOverlayWindow: switching layouts', () => {
  it('remembers the expanded place and opens compact at its corner when going compact', () => {
    const { overlay, window } = open();
    window.normalBounds = { x: 1000, y: 100, width: 380, height: 640 };

    overlay.applyLayout('compact', 'standard');

    expect(remembered('expanded')).toEqual({ x: 1000, y: 100, width: 380, height: 640 });
    expect(window.normalBounds).toEqual({ x: 1380 - 520, y: 100, width: 520, height: 96 });
  });

  it('returns to the remembered place of each layout', () => {
    vi.useFakeTimers();
    const { overlay, window } = open();
    window.normalBounds = { x: 1000, y: 100, width: 380, height: 640 };
    overlay.applyLayout('compact', 'standard');
    window.normalBounds = { x: 200, y: 900, width: 600, height: 100 };
    window.emit('move');
    vi.runAllTimers();

    overlay.applyLayout('expanded', 'standard');
    expect(window.normalBounds).toEqual({ x: 1000, y: 100, width: 380, height: 640 });
    overlay.applyLayout('compact', 'standard');
    expect(window.normalBounds).toEqual({ x: 200, y: 900, width: 600, height: 100 });
  });

  it('lifts the old minimum for the move and sets the new layout minimum after it', () => {
    const { overlay, window } = open();
    window.calls.length = 0;

    overlay.applyLayout('compact', 'standard');

    expect(window.calls.map(({ method, args }) => [method, ...args])).toEqual([
      ['setMinimumSize', 0, 0],
      ['setBounds', expect.any(Object)],
      ['setMinimumSize', 300, 88],
    ]);
  });

  it('changes nothing when the layout and text size are the same', () => {
    const { overlay, window } = open();
    window.calls.length = 0;

    overlay.applyLayout('expanded', 'standard');
    overlay.applyLayout('expanded', 'largest');

    expect(window.calls).toEqual([]);
  });

  it('grows a compact window that a larger text size no longer fits', () => {
    const { overlay, window } = open({ layout: 'compact' });
    window.normalBounds = { x: 100, y: 100, width: 520, height: 96 };

    overlay.applyLayout('compact', 'largest');

    expect(window.callsTo('setMinimumSize').at(-1)).toEqual([435, 128]);
    expect(window.normalBounds).toEqual({ x: 100, y: 100, width: 520, height: 128 });
  });
});

describe('createOverlayWindow: displays changing', () => {
  it('moves to the primary display when its monitor is unplugged', () => {
    fake.screen.all = [fake.laptop, fake.leftMonitor];
    const { window } = open();
    window.normalBounds = { x: -1500, y: 200, width: 380, height: 640 };

    fake.screen.all = [fake.laptop];
    fake.screen.emit('display-removed', {}, fake.leftMonitor);

    expect(window.normalBounds).toEqual(laptopCorner);
  });

  it('returns to its place on the monitor when the laptop is docked again', () => {
    vi.useFakeTimers();
    fake.screen.all = [fake.laptop, fake.leftMonitor];
    const { window } = open();
    window.normalBounds = { x: -1500, y: 200, width: 380, height: 640 };
    window.emit('move');
    vi.runAllTimers();

    fake.screen.all = [fake.laptop];
    fake.screen.emit('display-removed', {}, fake.leftMonitor);
    vi.runAllTimers();
    fake.screen.all = [fake.laptop, fake.leftMonitor];
    fake.screen.emit('display-added', {}, fake.leftMonitor);

    expect(window.normalBounds).toEqual({ x: -1500, y: 200, width: 380, height: 640 });
  });

  it('does not file a move the system made under the displays that are gone', () => {
    vi.useFakeTimers();
    fake.screen.all = [fake.laptop, fake.leftMonitor];
    const { window } = open();
    window.normalBounds = { x: -1500, y: 200, width: 380, height: 640 };
    window.emit('move');
    vi.runAllTimers();
    const docked = displayLayoutKey(fake.screen.all);

    // The system moves the window off the unplugged monitor before the display event arrives.
    window.normalBounds = { x: 10, y: 10, width: 380, height: 640 };
    window.emit('move');
    fake.screen.all = [fake.laptop];
    fake.screen.emit('display-removed', {}, fake.leftMonitor);
    vi.runAllTimers();

    const memory = storage.values.get(OVERLAY_LAYOUTS_KEY) as Record<string, Record<string, Rect>>;
    expect(memory[docked]?.expanded).toEqual({ x: -1500, y: 200, width: 380, height: 640 });
  });

  it('pulls itself back inside when a resolution change shrinks the work area', () => {
    const { window } = open();
    window.normalBounds = { x: 1000, y: 300, width: 400, height: 640 };

    const smaller = {
      bounds: { x: 0, y: 0, width: 1280, height: 720 },
      workArea: { x: 0, y: 0, width: 1280, height: 680 },
      scaleFactor: 1,
    };
    fake.screen.all = [smaller];
    fake.screen.primary = smaller;
    fake.screen.emit('display-metrics-changed', {}, smaller, ['bounds', 'workArea']);

    expect(window.normalBounds).toEqual({ x: 880, y: 40, width: 400, height: 640 });
  });
});

describe('createOverlayWindow: visibility', () => {
  it('reports whether the caller can see it each time that changes', () => {
    const { overlay, window } = open();
    const reports: boolean[] = [];
    overlay.onVisibilityChange((isShown) => reports.push(isShown));

    window.showInactive();
    window.emit('show');
    window.isMinimizedNow = true;
    window.emit('minimize');
    window.isMinimizedNow = false;
    window.emit('restore');
    window.hide();
    window.emit('hide');

    expect(reports).toEqual([true, false, true, false]);
  });
});
