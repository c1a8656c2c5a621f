import type {
  CreateFromBufferOptions,
  Menu,
  MenuItemConstructorOptions,
  NativeImage,
} from 'electron';
import type { Platform } from '../../../shared/domain/hotkeys';
import { trayIconImages } from './tray-icon';
import { trayMenuTemplate, trayTooltip, type TrayMenuActions } from './tray-menu';
import type { TrayState } from './tray-state';

/** The tray icon methods used here (Electron's `Tray`). */
export interface TrayIcon {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: Menu | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

/** Electron's tray, menu and image modules, passed in by index.ts (the only file importing them). */
export interface TrayElectron {
  readonly Tray: new (image: NativeImage) => TrayIcon;
  readonly Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu };
  readonly nativeImage: {
    createFromBuffer(buffer: Buffer, options?: CreateFromBufferOptions): NativeImage;
  };
}

export interface OverlayTrayOptions {
  readonly electron: TrayElectron;
  readonly platform: Platform;
  readonly initial: TrayState;
  readonly actions: TrayMenuActions;
}

/** The tray (menu bar) icon: a way to every overlay action that works even with clicks passing through. */
export interface OverlayTray {
  /** Takes in a change of state; the menu and tooltip are rebuilt only if something differs. */
  update(change: Partial<TrayState>): void;
  destroy(): void;
}

function trayImage({ nativeImage }: TrayElectron, platform: Platform): NativeImage {
  const [first, ...larger] = trayIconImages(platform);
  const image = nativeImage.createFromBuffer(first!.png, { scaleFactor: first!.scaleFactor });
  for (const { scaleFactor, png } of larger) image.addRepresentation({ scaleFactor, buffer: png });
  // A template image is recoloured by macOS to suit a light or dark menu bar.
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}

function isSameState(a: TrayState, b: TrayState): boolean {
  return (
    a.isVisible === b.isVisible &&
    a.hasOpenCall === b.hasOpenCall &&
    a.clickThrough === b.clickThrough &&
    a.dueCount === b.dueCount
  );
}

export function createOverlayTray({
  electron,
  platform,
  initial,
  actions,
}: OverlayTrayOptions): OverlayTray {
  const tray = new electron.Tray(trayImage(electron, platform));
  let state = initial;

  function render(): void {
    tray.setToolTip(trayTooltip(state));
    // Rebuilt rather than edited: Linux only picks up menu changes through setContextMenu.
    tray.setContextMenu(electron.Menu.buildFromTemplate(trayMenuTemplate(state, actions)));
  }

  // On macOS a click opens the menu, as menu bar icons do; elsewhere a click shows or hides the
  // overlay and the menu is on the right button.
  if (platform !== 'darwin') tray.on('click', () => actions.toggleOverlay());
  render();

  return {
    update(change) {
      const next = { ...state, ...change };
      if (isSameState(next, state)) return;
      state = next;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
