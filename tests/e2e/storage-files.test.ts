import { DatabaseSync } from '@photostructure/sqlite';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  endCall,
  fillStartForm,
  isoDateFromToday,
  openApp,
  startCall,
  typeNotes,
  waitForNotesSaved,
} from './support/call-coach';
import { cleanUp, DATABASE_FILE, makeTempDir, startPreview } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

async function hashOf(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

async function openOverlay(url: string): Promise<Page> {
  session = await openBrowser({ viewport: { width: 380, height: 640 } });
  await openApp(session.page, url);
  return session.page;
}

/** A data folder whose database holds one ended call with Fabrikam, closed cleanly. */
async function folderWithOneCall(): Promise<string> {
  const dataDir = await makeTempDir();
  const preview = await startPreview({ dataDir });
  const page = await openOverlay(preview.url);
  await startCall(page, { customer: 'Fabrikam' });
  await typeNotes(page, 'Check mailed on Monday.');
  await waitForNotesSaved(page);
  await endCall(page, { outcome: 'No answer', due: isoDateFromToday(1) });
  await page.getByText('Call with Fabrikam saved to History.').waitFor();
  await preview.stop();
  await session?.close();
  session = undefined;
  return dataDir;
}

/** Tries to start a call from the start form and returns the message it shows. */
async function tryToStart(page: Page, customer: string): Promise<string> {
  await fillStartForm(page, { customer });
  await page.keyboard.press('Enter');
  const refusal = page.getByRole('alert').filter({ hasText: 'No call was started' });
  await refusal.waitFor();
  return refusal.innerText();
}

describe('a database the app can only read', () => {
  it('from a newer version: History reads, starting a call is refused, the file is untouched', async () => {
    const dataDir = await folderWithOneCall();
    const file = path.join(dataDir, DATABASE_FILE);
    const db = new DatabaseSync(file);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const before = await hashOf(file);

    const preview = await startPreview({ dataDir });
    const page = await openOverlay(preview.url);

    await page.getByRole('alert').filter({ hasText: 'newer version of Call Coach' }).waitFor();
    expect(await tryToStart(page, 'Northwind')).toContain('update');
    await page.getByRole('button', { name: 'History' }).click();
    await page
      .getByRole('list', { name: 'Past calls' })
      .getByRole('button', { name: /Fabrikam/ })
      .waitFor();
    await preview.stop();
    expect(await hashOf(file)).toBe(before);
  });
});

describe('a folder where the database should be', () => {
  it('is left alone; the window says why nothing can be saved and refuses to start a call', async () => {
    const dataDir = await makeTempDir();
    await mkdir(path.join(dataDir, DATABASE_FILE));

    const preview = await startPreview({ dataDir });
    const page = await openOverlay(preview.url);

    const notice = page.getByRole('alert').filter({ hasText: 'Nothing can be saved until then' });
    await notice.waitFor();
    expect(await notice.innerText()).not.toMatch(/SQLITE|errno|at .*\.js/);
    expect(await tryToStart(page, 'Northwind')).not.toMatch(/SQLITE/);
    await preview.stop();
    expect((await stat(path.join(dataDir, DATABASE_FILE))).isDirectory()).toBe(true);
  });
});

describe('another application’s database at the path', () => {
  it('is renamed aside unchanged, and a fresh database takes calls', async () => {
    const dataDir = await makeTempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const foreign = new DatabaseSync(file);
    foreign.exec(
      'CREATE TABLE calls (number TEXT, duration INTEGER); INSERT INTO calls VALUES (1, 2)',
    );
    foreign.close();
    const before = await hashOf(file);

    const preview = await startPreview({ dataDir });
    const page = await openOverlay(preview.url);

    await page.getByRole('alert').filter({ hasText: 'was not made by Call Coach' }).waitFor();
    const kept = (await readdir(dataDir)).filter((name) =>
      name.startsWith('call-coach.other-app-'),
    );
    expect(kept.filter((name) => name.endsWith('.db'))).toHaveLength(1);
    expect(
      await hashOf(
        path.join(
          dataDir,
          kept.find((name) => name.endsWith('.db'))!,
        ),
      ),
    ).toBe(before);
    await startCall(page, { customer: 'Northwind' });
    await preview.stop();
  });
});
