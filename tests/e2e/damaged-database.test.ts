import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  notesBox,
  openApp,
  startCall,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
  endCall,
  isoDateFromToday,
} from './support/call-coach';
import { cleanUp, DATABASE_FILE, makeTempDir, startPreview } from './support/preview';

const DAMAGED_FILE = /^call-coach\.damaged-[\w-]+\.db$/;

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

describe('a database file that cannot be read', () => {
  it('is kept under a new name, the caller is told where, and a fresh database works', async () => {
    const dataDir = await makeTempDir();
    // Text that is plainly not SQLite, then random bytes: no valid header anywhere.
    const garbage = Buffer.concat([
      Buffer.from('This is not a database, it is garbage.\n'),
      randomBytes(8192),
    ]);
    await writeFile(path.join(dataDir, DATABASE_FILE), garbage);

    const preview = await startPreview({ dataDir });
    // The overlay's own size: the notice must fit it.
    session = await openBrowser({ viewport: { width: 380, height: 720 } });
    const { page } = session;
    await openApp(page, preview.url);

    // The damaged file is kept, byte for byte, under a dated name.
    const damaged = (await readdir(dataDir)).filter((name) => DAMAGED_FILE.test(name));
    expect(damaged).toHaveLength(1);
    const damagedPath = path.join(dataDir, damaged[0]!);
    expect((await readFile(damagedPath)).equals(garbage)).toBe(true);

    // The caller is told, with the file's name.
    const alert = page.getByRole('alert').filter({ hasText: 'could not read its database' });
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain('started a fresh one');
    expect(message).toContain(damaged[0]!);
    expect(preview.output()).toContain(damaged[0]!);
    // The long path wraps inside the text; the button keeps its label on one line.
    const gotIt = page.getByRole('button', { name: 'Got it' });
    const lineHeight = await gotIt.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight),
    );
    expect((await gotIt.boundingBox())!.height).toBeLessThan(2 * lineHeight);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      380,
    );

    // Calls still work on the fresh database.
    await startCall(page, { customer: 'Tailspin Toys', invoice: 'INV-3300' });
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await typeNotes(page, 'Fresh database after the damaged one.');
    await waitForNotesSaved(page);
    await endCall(page, { outcome: 'No answer', due: isoDateFromToday(1) });
    await page.getByText('Call with Tailspin Toys saved to History.').waitFor();

    await page.getByRole('button', { name: 'History' }).click();
    const row = page
      .getByRole('list', { name: 'Past calls' })
      .getByRole('button', { name: /Tailspin Toys/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('1 of 7 steps');
    await row.click();
    expect(await notesBox(page).inputValue()).toBe('Fresh database after the damaged one.');

    // The notice can be put away, and "Got it" is reachable by keyboard.
    await page.getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
    expect(await alert.count()).toBe(0);

    // A restart finds a good database: no second notice, no second damaged copy, the call is kept.
    await preview.stop();
    const again = await startPreview({ dataDir });
    await openApp(page, again.url);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('button', { name: /Tailspin Toys/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await readdir(dataDir)).filter((name) => DAMAGED_FILE.test(name))).toEqual(damaged);
    expect((await readFile(damagedPath)).equals(garbage)).toBe(true);
  });
});
