import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import { createOverlayTray, type TrayElectron } from '../../../../electron/main/tray/tray';
import type { TrayMenuActions } from '../../../../electron/main/tray/tray-menu';
import type { TrayState } from '../../../../electron/main/tray/tray-state';
import type { Platform } from '../../../../shared/domain/hotkeys';

class FakeImage {
  readonly representations: { scaleFactor: number | undefined; size: number }[] = [];
  isTemplate = false;

  addRepresentation({ scaleFactor, buffer }: { scaleFactor?: number; buffer?: Buffer }) {
    this.representations.push({ scaleFactor, size: buffer!.readUInt32BE(16) });
  }
  setTemplateImage(option: boolean) {
    this.isTemplate = option;
  }
}

class FakeTray {
  static last: FakeTray | null = null;
  readonly tooltips: string[] = [];
  readonly menus: MenuItemConstructorOptions[][] = [];
  readonly clickListeners: (() => void)[] = [];
  isDestroyed = false;

  constructor(readonly image: FakeImage) {
    FakeTray.last = this;
  }
  setToolTip(toolTip: string) {
    this.tooltips.push(toolTip);
  }
  setContextMenu(menu: Menu | null) {
    this.menus.push((menu as unknown as { template: MenuItemConstructorOptions[] }).template);
  }
  on(_event: 'click', listener: () => void) {
    this.clickListeners.push(listener);
    return this;
  }
  destroy() {
    this.isDestroyed = true;
  }
}

const electron: TrayElectron = {
  Tray: FakeTray as unknown as TrayElectron['Tray'],
  Menu: { buildFromTemplate: (template) => ({ template }) as unknown as Menu },
  nativeImage: {
    createFromBuffer: (buffer, options) => {
      const image = new FakeImage();
      image.addRepresentation({ scaleFactor: options?.scaleFactor ?? 1, buffer });
      return image as unknown as NativeImage;
    },
  },
};

const initial: TrayState = {
  isVisible: true,
  hasOpenCall: false,
  clickThrough: false,
  dueCount: 0,
};

function open(platform: Platform = 'win32') {
  const done: string[] = [];
  const actions: TrayMenuActions = {
    toggleOverlay: () => done.push('toggleOverlay'),
    startOrEndCall: () => done.push('startOrEndCall'),
    turnOffClickThrough: () => done.push('turnOffClickThrough'),
    openSettings: () => done.push('openSettings'),
    quit: () => done.push('quit'),
  };
  const overlayTray = createOverlayTray({ electron, platform, initial, actions });
  return { overlayTray, tray: FakeTray.last!, done };
}

function labels(menu: MenuItemConstructorOptions[] | undefined): (string | undefined)[] {
  return (menu ?? []).map((item) => item.label);
}

describe('createOverlayTray', () => {
  it('shows an icon for 1× and 2× displays', () => {
    const { tray } = open();

    expect(tray.image.representations).toEqual([
      { scaleFactor: 1, size: 16 },
      { scaleFactor: 2, size: 32 },
    ]);
  });

  it('marks the icon as a template image on macOS', () => {
    expect(open('darwin').tray.image.isTemplate).toBe(true);
  });

  it('keeps the coloured icon elsewhere', () => {
    expect(open('linux').tray.image.isTemplate).toBe(false);
  });

  it('starts with the tooltip and the menu for the initial state', () => {
    const { tray } = open();

    expect(tray.tooltips).toEqual(['Call Coach']);
    expect(labels(tray.menus[0])).toContain('Hide overlay');
  });

  it('rebuilds the menu and tooltip when click-through turns on', () => {
    const { overlayTray, tray } = open();

    overlayTray.update({ clickThrough: true });

    expect(tray.tooltips.at(-1)).toBe('Call Coach — click-through is on');
    expect(labels(tray.menus.at(-1))).toContain('Turn off click-through');
  });

  it('rebuilds the menu when a call starts and when the overlay is hidden', () => {
    const { overlayTray, tray } = open();

    overlayTray.update({ hasOpenCall: true });
    overlayTray.update({ isVisible: false });

    expect(labels(tray.menus.at(-1)).slice(0, 2)).toEqual(['Show overlay', 'End the call']);
  });

  it('leaves the menu alone when nothing it shows changed', () => {
    const { overlayTray, tray } = open();

    overlayTray.update({ hasOpenCall: false });
    overlayTray.update({});

    expect(tray.menus).toHaveLength(1);
  });

  it.each(['win32', 'linux'] as const)('toggles the overlay on a click on %s', (platform) => {
    const { tray, done } = open(platform);

    for (const listener of tray.clickListeners) listener();

    expect(done).toEqual(['toggleOverlay']);
  });

  it('leaves a click to open the menu on macOS', () => {
    expect(open('darwin').tray.clickListeners).toEqual([]);
  });

  it('removes the icon when destroyed', () => {
    const { overlayTray, tray } = open();

    overlayTray.destroy();

    expect(tray.isDestroyed).toBe(true);
  });
});
