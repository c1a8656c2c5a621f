import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectron } from '../../../electron/launcher/launch-plan';
import { isFile, readText } from '../../../electron/launcher/files';

/** The repository root (tests/electron-app/support → ../../..). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
/** What `npm run build` emits and package.json `main` names. */
export const MAIN_SCRIPT = path.join(PROJECT_ROOT, 'out/main/index.js');

export type ElectronForTests =
  | { readonly kind: 'found'; readonly execPath: string }
  | { readonly kind: 'skip'; readonly reason: string; readonly detail: string };

/**
 * The Electron executable to run the built app with, found the way `npm start` finds it
 * (ELECTRON_OVERRIDE_DIST_PATH, ELECTRON_EXEC_PATH, or the binary Electron's installer
 * unpacked) without loading the electron package, which would start a download.
 *
 * The packaged app in dist/ is not used: its fuses turn off `--inspect`, which Playwright
 * needs to reach the main process.
 */
export function electronForTests(): ElectronForTests {
  const require = createRequire(import.meta.url);
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const version =
    (JSON.parse(readText(path.join(electronDir, 'package.json')) ?? '{}') as { version?: string })
      .version ?? 'unknown';
  const lookup = findElectron({
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    cwd: process.cwd(),
    electronDir,
    electronVersion: version,
    isFile,
    readText,
  });
  if (lookup.kind === 'not-installed') {
    return {
      kind: 'skip',
      reason: 'no Electron binary',
      detail: `${path.join(electronDir, 'dist')} holds no Electron ${version} and ELECTRON_OVERRIDE_DIST_PATH is not set.`,
    };
  }
  if (lookup.kind === 'unusable') {
    return { kind: 'skip', reason: 'no Electron binary', detail: lookup.message };
  }
  // The overlay forces X11 on Linux (see main's index.ts), so it needs an X display.
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    return {
      kind: 'skip',
      reason: 'no X display',
      detail: 'DISPLAY is not set: run the tests under xvfb-run, or in a desktop session.',
    };
  }
  return { kind: 'found', execPath: lookup.execPath };
}

export interface LaunchedApp {
  readonly app: ElectronApplication;
  /** The overlay window's page. */
  readonly window: Page;
}

export interface AppFolders {
  /** CALL_COACH_DATA_DIR: the database and everything the app stores. */
  readonly dataDir: string;
  /** Chromium's profile and the single-instance lock, away from a real Call Coach's. */
  readonly userDataDir: string;
}

export async function makeAppFolders(): Promise<AppFolders> {
  return {
    dataDir: await mkdtemp(path.join(tmpdir(), 'call-coach-electron-data-')),
    userDataDir: await mkdtemp(path.join(tmpdir(), 'call-coach-electron-profile-')),
  };
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
}

/** Starts the built app (the project folder, whose package.json names out/main/index.js). */
export async function launchApp(execPath: string, folders: AppFolders): Promise<LaunchedApp> {
  const app = await _electron.launch({
    executablePath: execPath,
    args: [PROJECT_ROOT, `--user-data-dir=${folders.userDataDir}`],
    env: {
      ...definedEnv(),
      CALL_COACH_DATA_DIR: folders.dataDir,
      // Electron's own paths (userData) follow these on Linux and Windows.
      XDG_CONFIG_HOME: folders.userDataDir,
      APPDATA: folders.userDataDir,
    },
    timeout: 45_000,
  });
  const window = await app.firstWindow();
  window.setDefaultTimeout(15_000);
  return { app, window };
}

/** A real SIGKILL of the app's main process: no shutdown code runs. Resolves once it is gone. */
export async function killApp(app: ElectronApplication): Promise<NodeJS.Signals | null> {
  const child = app.process();
  const exited =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
  return child.signalCode;
}

/** Quits the app the way a user does, unless it has already gone. */
export async function closeApp(app: ElectronApplication): Promise<void> {
  const child = app.process();
  if (child.exitCode !== null || child.signalCode !== null) return;
  await app.close();
}
