import type { BrowserWindowConstructorOptions } from 'electron';
import {
  createOverlayWindow,
  type OverlayWindowOptions,
} from '../../../../electron/main/windows/overlay-window';
import { secureWebPreferences } from '../../../../electron/main/windows/web-preferences';
import { OVERLAY_MIN_SIZE, type Rect } from '../../../../electron/main/windows/window-bounds';

const fake = vi.hoisted(() => {
  type Listener = () => void;

  class FakeBrowserWindow {
    static readonly instances: FakeBrowserWindow[] = [];
    readonly calls: { method: string; args: unknown[] }[] = [];
    readonly listeners = new Map<string, Listener[]>();
    normalBounds: { x: number; y: number; width: number; height: number };

    constructor(readonly options: BrowserWindowConstructorOptions) {
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

    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }

    once(event: string, listener: Listener) {
      const wrapped = () => {
        this.listeners.set(
          event,
          (this.listeners.get(event) ?? []).filter((candidate) => candidate !== wrapped),
        );
        listener();
      };
      return this.on(event, wrapped);
    }

    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }

    setAlwaysOnTop(...args: unknown[]) {
      this.record('setAlwaysOnTop', args);
    }
    showInactive() {
      this.record('showInactive', []);
    }
    show() {
      this.record('show', []);
    }
    focus() {
      this.record('focus', []);
    }
    getNormalBounds() {
      return this.normalBounds;
    }
    loadURL(url: string) {
      this.record('loadURL', [url]);
      return Promise.resolve();
    }
  }

  const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const displays = {
    all: [primary] as { workArea: { x: number; y: number; width: number; height: number } }[],
    primary,
  };
  const screen = {
    getAllDisplays: () => displays.all,
    getPrimaryDisplay: () => displays.primary,
  };
  return { FakeBrowserWindow, screen, displays };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, screen: fake.screen }));

type FakeWindow = InstanceType<typeof fake.FakeBrowserWindow>;

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const leftMonitor = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };

let savedBounds: Rect[];

function openOverlay(overrides: Partial<OverlayWindowOptions> = {}): FakeWindow {
  createOverlayWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://call-coach/index.html',
    savedBounds: null,
    onBoundsChange: (bounds) => savedBounds.push(bounds),
    ...overrides,
  });
  const window = fake.FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('No window was created');
  return window;
}

beforeEach(() => {
  fake.FakeBrowserWindow.instances.length = 0;
  fake.displays.all = [laptop];
  fake.displays.primary = laptop;
  savedBounds = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createOverlayWindow', () => {
  it('creates the window with the secure web preferences and the given preload', () => {
    const window = openOverlay();

    expect(window.options.webPreferences).toEqual(
      secureWebPreferences('/app/out/preload/index.cjs'),
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

  it('creates the window hidden', () => {
    expect(openOverlay().options.show).toBe(false);
  });

  it('creates the window always on top and keeps it there', () => {
    const window = openOverlay();

    expect(window.options.alwaysOnTop).toBe(true);
    expect(window.callsTo('setAlwaysOnTop')).toEqual([[true, 'floating']]);
  });

  it('shows the window without focus once it is ready to show', () => {
    const window = openOverlay();
    expect(window.callsTo('showInactive')).toEqual([]);

    window.emit('ready-to-show');

    expect(window.callsTo('showInactive')).toEqual([[]]);
  });

  it('never calls show() or focus(), which would take focus from the phone system', () => {
    const window = openOverlay();

    window.emit('ready-to-show');
    window.emit('ready-to-show');

    expect(window.callsTo('show')).toEqual([]);
    expect(window.callsTo('focus')).toEqual([]);
    expect(window.callsTo('showInactive')).toHaveLength(1);
  });

  it('loads the given url', () => {
    expect(openOverlay().callsTo('loadURL')).toEqual([['app://call-coach/index.html']]);
  });

  it('opens at the top-right of the primary display when nothing was saved', () => {
    const window = openOverlay();

    expect(window.options).toMatchObject({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('opens at its saved place on a connected left-hand monitor', () => {
    fake.displays.all = [laptop, leftMonitor];

    const window = openOverlay({ savedBounds: { x: -1500, y: 200, width: 400, height: 600 } });

    expect(window.options).toMatchObject({ x: -1500, y: 200, width: 400, height: 600 });
  });

  it('opens on the primary display when its saved monitor was unplugged', () => {
    const window = openOverlay({ savedBounds: { x: 3000, y: 200, width: 400, height: 600 } });

    expect(window.options).toMatchObject({ x: 1920 - 380 - 16, y: 16, width: 380, height: 640 });
  });

  it('sets a minimum size', () => {
    const window = openOverlay();

    expect(window.options).toMatchObject({
      minWidth: OVERLAY_MIN_SIZE.width,
      minHeight: OVERLAY_MIN_SIZE.height,
    });
  });

  it('saves its bounds when it closes', () => {
    const window = openOverlay();
    window.normalBounds = { x: 100, y: 120, width: 420, height: 700 };

    window.emit('close');

    expect(savedBounds).toEqual([{ x: 100, y: 120, width: 420, height: 700 }]);
  });

  it('saves its bounds once after a burst of moves and resizes settles', () => {
    vi.useFakeTimers();
    const window = openOverlay();

    window.normalBounds = { x: 10, y: 10, width: 380, height: 640 };
    window.emit('move');
    window.normalBounds = { x: 20, y: 30, width: 400, height: 650 };
    window.emit('resize');
    window.emit('move');
    expect(savedBounds).toEqual([]);
    vi.runAllTimers();

    expect(savedBounds).toEqual([{ x: 20, y: 30, width: 400, height: 650 }]);
  });

  it('saves only once when it closes while a move is still settling', () => {
    vi.useFakeTimers();
    const window = openOverlay();

    window.emit('move');
    window.emit('close');
    vi.runAllTimers();

    expect(savedBounds).toHaveLength(1);
  });
});
