import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import path from 'node:path';
import type { EventChannel, Events } from '../../shared/ipc/contract';
import { createAppCore, resolveDataDir, type AppCore } from './app-core';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { registerIpcHandlers } from './ipc/register-handlers';
import { hardenApp } from './security';
import { APP_ORIGIN, isTrustedAppUrl } from './security-policy';
import { createOverlayWindow } from './windows/overlay-window';
import { parseSavedBounds } from './windows/window-bounds';

// The composition root: the only file that wires Electron to the services.

const OVERLAY_BOUNDS_KEY = 'window.overlay.bounds';
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

// On Wayland, always-on-top and window placement are ignored; the overlay needs X11 (XWayland).
if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'x11');
registerAppScheme();

let core: AppCore | null = null;
let overlay: BrowserWindow | null = null;

function broadcast<E extends EventChannel>(channel: E, payload: Events[E]): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
}

function start(): void {
  hardenApp();
  serveAppScheme(rendererDir);
  try {
    core = createAppCore({
      dataDir: resolveDataDir(process.env, app.getPath('userData')),
      publish: broadcast,
      log: console,
    });
  } catch (error) {
    dialog.showErrorBox(
      'Call Coach cannot open its data',
      `Nothing was changed or deleted. ${error instanceof Error ? error.message : String(error)}`,
    );
    app.quit();
    return;
  }
  const { dispatch, settings } = core;
  registerIpcHandlers(ipcMain, dispatch, isTrustedAppUrl);
  overlay = createOverlayWindow({
    preloadPath,
    url: `${APP_ORIGIN}/index.html`,
    savedBounds: parseSavedBounds(settings.read(OVERLAY_BOUNDS_KEY)),
    onBoundsChange: (bounds) => settings.write(OVERLAY_BOUNDS_KEY, bounds),
  });
  overlay.on('closed', () => {
    overlay = null;
  });
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => overlay?.showInactive());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  void app.whenReady().then(start);
} else {
  app.quit();
}
