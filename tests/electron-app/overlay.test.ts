import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ElectronApplication } from 'playwright-core';
import {
  endCall,
  isoDateFromToday,
  notesBox,
  sleep,
  startCall,
  typeNotes,
  waitForAppReady,
  waitForNotesSaved,
  waitUntil,
} from '../e2e/support/call-coach';
import {
  closeApp,
  electronForTests,
  killApp,
  launchApp,
  makeAppFolders,
  MAIN_SCRIPT,
  type AppFolders,
  type LaunchedApp,
} from './support/electron-app';

// The built app in a real Electron: what only the desktop shell does (the window's level and
// focus, a real process killed and started again). Everything else is proved in Node and in
// the browser preview; this suite needs an Electron binary and skips without one.

const electron = electronForTests();
if (electron.kind === 'skip') {
  console.log(`Electron app tests skipped: ${electron.reason}. ${electron.detail}`);
}

const REOPENED =
  'Reopened your unfinished call. Call Coach stopped unexpectedly; everything saved before then is here.';

interface OverlayState {
  readonly isVisible: boolean;
  readonly isFocused: boolean;
  readonly hasFocusedWindow: boolean;
  readonly isAlwaysOnTop: boolean;
}

/** The overlay as the main process sees it (BrowserWindow's own answers). */
function overlayState(app: ElectronApplication): Promise<OverlayState | null> {
  return app.evaluate(({ BrowserWindow }) => {
    const [overlay] = BrowserWindow.getAllWindows();
    if (!overlay) return null;
    return {
      isVisible: overlay.isVisible(),
      isFocused: overlay.isFocused(),
      hasFocusedWindow: BrowserWindow.getFocusedWindow() !== null,
      isAlwaysOnTop: overlay.isAlwaysOnTop(),
    };
  });
}

async function waitUntilShown(app: ElectronApplication): Promise<OverlayState> {
  let state: OverlayState | null = null;
  await waitUntil(async () => {
    state = await overlayState(app);
    return state?.isVisible === true;
  }, 'the overlay to be shown');
  return state!;
}

describe.skipIf(electron.kind === 'skip')(
  electron.kind === 'skip' ? `skipped: ${electron.reason}` : 'Call Coach in Electron',
  () => {
    const execPath = electron.kind === 'found' ? electron.execPath : '';
    let folders: AppFolders;
    const launched: LaunchedApp[] = [];

    async function launch(): Promise<LaunchedApp> {
      const app = await launchApp(execPath, folders);
      launched.push(app);
      await waitForAppReady(app.window);
      return app;
    }

    beforeAll(() => {
      if (!existsSync(MAIN_SCRIPT)) {
        throw new Error(`${MAIN_SCRIPT} is missing: run npm run build before these tests.`);
      }
    });

    beforeEach(async () => {
      folders = await makeAppFolders();
    });

    afterEach(async () => {
      for (const { app } of launched.splice(0)) await closeApp(app);
      await rm(folders.dataDir, { recursive: true, force: true });
      await rm(folders.userDataDir, { recursive: true, force: true });
    });

    it('shows the overlay always on top, without taking focus from the phone system', async () => {
      const { app } = await launch();

      const state = await waitUntilShown(app);

      // The overlay is shown with showInactive(): visible, yet no window of the app has focus.
      expect(state).toEqual({
        isVisible: true,
        isFocused: false,
        hasFocusedWindow: false,
        isAlwaysOnTop: true,
      });
    });

    it('takes a call from the start form through the live call to its end', async () => {
      const { window } = await launch();

      await startCall(window, { customer: 'Contoso Ltd', invoice: 'INV-881' });
      await typeNotes(window, 'Promised payment by Friday.');
      await waitForNotesSaved(window);
      await endCall(window, { outcome: 'Voicemail', due: isoDateFromToday(1) });

      await window.getByText('Call with Contoso Ltd saved to History.').waitFor();
    });

    it('reopens the unfinished call after the app is killed', async () => {
      const first = await launch();
      await startCall(first.window, { customer: 'Contoso Ltd' });
      const notes = 'Says the check went out Friday.';
      await typeNotes(first.window, notes);
      await waitForNotesSaved(first.window);
      // Past the autosave's longest wait, so the kill cannot race the last save.
      await sleep(1_000);

      expect(await killApp(first.app)).toBe('SIGKILL');
      const second = await launch();

      await second.window.getByRole('status').filter({ hasText: REOPENED }).waitFor();
      await second.window.getByRole('heading', { name: 'Contoso Ltd', level: 2 }).waitFor();
      expect(await notesBox(second.window).inputValue()).toBe(notes);
    });
  },
);
