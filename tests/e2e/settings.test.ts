import type { Page } from 'playwright-core';
import { menuItem, openApp, startCall, stepCheckbox, waitUntil } from './support/call-coach';
import type { BrowserSession } from './support/chromium';
import { openFreshApp } from './support/fresh-app';
import { cleanUp, startPreview } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** Opens Settings from the header's menu with the keyboard. */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).focus();
  await page.keyboard.press('Enter');
  await menuItem(page, 'Settings').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
}

/** Moves a radio group's choice with the arrow keys, as a keyboard user does. */
async function chooseWithArrows(page: Page, from: string, presses: number): Promise<void> {
  await page.getByRole('radio', { name: from, exact: true }).focus();
  for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowDown');
}

async function look(
  page: Page,
): Promise<{ theme?: string; textSize?: string; fontSize: string; background: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return {
      theme: root.dataset.theme,
      textSize: root.dataset.textSize,
      fontSize: getComputedStyle(root).fontSize,
      background: getComputedStyle(root).backgroundColor,
    };
  });
}

/** How light a CSS `rgb(…)` colour is, from 0 (black) to 255 (white). */
function lightness(rgb: string): number {
  const [red = 0, green = 0, blue = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (red + green + blue) / 3;
}

describe('settings', () => {
  it('switches theme and text size live in every open window and keeps them after a restart', async () => {
    const app = await openFreshApp();
    ({ session } = app);
    const { page } = app;
    const other = await session.context.newPage();
    await openApp(other, app.preview.url);
    const before = await look(page);
    const navHeight = async () =>
      (await page.getByRole('navigation', { name: 'Views' }).boundingBox())?.height ?? 0;
    const heightBefore = await navHeight();

    await openSettings(page);
    await chooseWithArrows(page, 'Follow the system', 2);
    await page.locator('html[data-theme="dark"]').waitFor();
    await chooseWithArrows(page, 'Standard', 2);
    await page.locator('html[data-text-size="largest"]').waitFor();

    const after = await look(page);
    expect(before).toMatchObject({ theme: 'light', fontSize: '15px' });
    expect(lightness(before.background)).toBeGreaterThan(200);
    expect(after).toMatchObject({ theme: 'dark', textSize: 'largest', fontSize: '21.75px' });
    expect(lightness(after.background)).toBeLessThan(60);
    // The whole UI grows with the text, not only the letters.
    expect(await navHeight()).toBeGreaterThan(heightBefore * 1.3);

    // The other window follows at once, without a reload.
    await other.locator('html[data-theme="dark"][data-text-size="largest"]').waitFor();

    await app.preview.kill();
    const restarted = await startPreview({ dataDir: app.dataDir });
    await openApp(page, restarted.url);
    await page.locator('html[data-theme="dark"][data-text-size="largest"]').waitFor();
  });

  it('follows the system’s light or dark choice as it changes', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('html[data-theme="dark"]').waitFor();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('html[data-theme="light"]').waitFor();
  });

  it('remaps a hotkey, refuses a clash with the reason, and the new keys work', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    await openSettings(page);

    const checkRow = page.getByRole('listitem', {
      name: 'Check the current step and go to the next',
    });
    await checkRow.getByRole('button', { name: /^Change/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+Shift+J');
    await checkRow.getByText('Ctrl+Alt+Shift+J', { exact: true }).waitFor();

    const notesRow = page.getByRole('listitem', { name: 'Type in the notes' });
    await notesRow.getByRole('button', { name: /^Change/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+Shift+J');
    await notesRow.getByText(/already used to check the current step/).waitFor();
    await page.keyboard.press('Escape');
    await notesRow.getByText('Ctrl+Alt+Shift+T', { exact: true }).waitFor();

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Call' })
      .focus();
    await page.keyboard.press('Enter');
    await startCall(page, { customer: 'Tailspin Toys' });
    await page.keyboard.press('Control+Alt+Shift+N');
    await page.keyboard.press('Control+Alt+Shift+J');
    await waitUntil(
      () => stepCheckbox(page, 'Prepare').isChecked(),
      'the new keys to check a step',
    );
    expect(await stepCheckbox(page, 'Acknowledge the issue').isChecked()).toBe(false);
  });

  it('resets every setting to its default after asking', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    await openSettings(page);
    await chooseWithArrows(page, 'Follow the system', 2);
    await page.locator('html[data-theme="dark"]').waitFor();

    await page.getByRole('button', { name: 'Reset all settings…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Reset every setting, hotkeys included, to its default?').waitFor();
    await page.getByRole('button', { name: 'Reset', exact: true }).focus();
    await page.keyboard.press('Enter');

    await page.getByText('Every setting is back to its default.').waitFor();
    await page.locator('html[data-theme="light"]').waitFor();
    expect(await page.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
  });
});
