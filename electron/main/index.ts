import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  shell,
  Tray,
} from 'electron';
import path from 'node:path';
import type { EventChannel, Events } from '../../shared/ipc/contract';
import { createAppCore, resolveDataDir, type AppCore } from './app-core';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { registerIpcHandlers } from './ipc/register-handlers';
import { createElectronHost } from './hosts/electron-host';
import { hardenApp } from './security';
import { APP_ORIGIN, isTrustedAppUrl } from './security-policy';
import { createCloseToTrayNotice } from './tray/close-to-tray-notice';
import { createOverlayTray, type OverlayTray } from './tray/tray';
import { trayChangeFor } from './tray/tray-state';
import { createOverlayWindow, type OverlayWindow } from './windows/overlay-window';

// The composition root: the only file that wires Electron to the services.

// The same id electron-builder gives the installed app (package.json `build.appId`); Windows
// shows notifications only for an app with an id.
const APP_USER_MODEL_ID = 'app.callcoach.desktop';
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

// On Wayland, always-on-top and window placement are ignored; the overlay needs X11 (XWayland).
if (process.platform === 'linux') app.commandLine.appendSwitch('ozone-platform', 'x11');
registerAppScheme();

const host = createElectronHost({ globalShortcut, shell, dialog, Notification });
let core: AppCore | null = null;
let overlay: OverlayWindow | null = null;
let tray: OverlayTray | null = null;
let isQuitting = false;

function publish<E extends EventChannel>(channel: E, payload: Events[E]): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
  const change = trayChangeFor(channel, payload);
  if (change) tray?.update(change);
}

function openCore(): AppCore | null {
  try {
    return createAppCore({
      dataDir: resolveDataDir(process.env, app.getPath('userData')),
      publish,
      log: console,
      host,
    });
  } catch (error) {
    dialog.showErrorBox(
      'Call Coach cannot open its data',
      `Nothing was changed or deleted. ${error instanceof Error ? error.message : String(error)}`,
    );
    app.quit();
    return null;
  }
}

function openOverlay(opened: AppCore): OverlayWindow {
  const preferences = opened.preferences.get();
  const notice = createCloseToTrayNotice({
    Notification,
    settings: opened.settings,
    platform: host.platform,
  });
  const window = createOverlayWindow({
    preloadPath,
    url: `${APP_ORIGIN}/index.html`,
    allowDevTools: !app.isPackaged,
    storage: opened.settings,
    layout: preferences.layout,
    textSize: preferences.textSize,
    isQuitting: () => isQuitting,
    onHiddenToTray: () => notice.sayOnce(),
    log: console,
  });
  host.attach(window);
  // The core applied the stored preferences before the window existed; now they reach it.
  host.applySettings(preferences);
  return window;
}

function openTray(opened: AppCore, window: OverlayWindow): OverlayTray {
  const created = createOverlayTray({
    electron: { Tray, Menu, nativeImage },
    platform: host.platform,
    initial: {
      isVisible: window.isShown(),
      hasOpenCall: opened.hasOpenCall(),
      clickThrough: opened.overlay.state().clickThrough,
      dueCount: opened.dueCount(),
    },
    actions: {
      toggleOverlay: () => host.toggleVisible(),
      startOrEndCall: () => opened.overlay.press('start-or-end-call'),
      turnOffClickThrough: () => opened.overlay.setClickThrough(false),
      openSettings: () => opened.overlay.showView('settings'),
      quit: () => app.quit(),
    },
  });
  window.onVisibilityChange((isVisible) => created.update({ isVisible }));
  return created;
}

function start(): void {
  hardenApp();
  serveAppScheme(rendererDir);
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  core = openCore();
  if (!core) return;
  registerIpcHandlers(ipcMain, core.dispatch, isTrustedAppUrl);
  overlay = openOverlay(core);
  overlay.window.on('closed', () => {
    overlay = null;
  });
  tray = openTray(core, overlay);
  sayStorageNotice(core.notice());
}

/** What happened to the caller's data at start-up, said once in a dialog beside the window. */
function sayStorageNotice(notice: string | null): void {
  if (notice === null) return;
  void dialog.showMessageBox({
    type: 'warning',
    title: 'Call Coach',
    message: 'About your call history',
    detail: notice,
    buttons: ['OK'],
  });
}

if (app.requestSingleInstanceLock()) {
  // Launching Call Coach again is the way back from anything: clicks caught, overlay shown.
  app.on('second-instance', () => core?.overlay.recover());
  // Clicking the Dock icon on macOS asks for the overlay, which may be hidden in the menu bar.
  app.on('activate', () => host.reveal({ focus: false }));
  // Closing the window hides it to the tray; Call Coach quits only when asked to.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    isQuitting = true;
  });
  app.on('will-quit', (event) => {
    globalShortcut.unregisterAll();
    tray?.destroy();
    tray = null;
    const closing = core;
    if (!closing) return;
    // Quitting waits for the database to be checkpointed and the read worker to stop on its own.
    core = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
} else {
  app.quit();
}
