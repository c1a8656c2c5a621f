// Makes the screenshot at the top of the README: a realistic call in progress, at the size of
// the overlay window (380×640): the call bar, the step strip with four steps done, the situations,
// the coach card on the probe step, and the notes with the chip they suggested. Not a test.
// Run after `npm run build`:
//   npx tsx tests/e2e/readme-screenshot.ts
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  openApp,
  sleep,
  isoDateFromToday,
  startCall,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
} from './support/call-coach';
import {
  makeTempDir,
  PROJECT_ROOT,
  removeTempDirs,
  startPreview,
  stopAllPreviews,
} from './support/preview';

// SCREENSHOT_OUT writes it elsewhere, to look at a picture without replacing the README's.
const OUTPUT = process.env.SCREENSHOT_OUT ?? path.join(PROJECT_ROOT, '.github/preview.png');
const VIEWPORT = { width: 380, height: Number(process.env.SCREENSHOT_HEIGHT ?? 640) };

async function main(): Promise<void> {
  let session: BrowserSession | undefined;
  try {
    const preview = await startPreview({ dataDir: await makeTempDir('call-coach-screenshot-') });
    session = await openBrowser({ viewport: VIEWPORT });
    const { page } = session;
    await openApp(page, preview.url);
    await startCall(page, {
      customer: 'Northwind Traders',
      contact: 'Dana',
      accountNumber: 'NW-1088',
      invoice: 'INV-20417',
      amountDue: '4,860.00',
      dueOn: isoDateFromToday(-24),
      customerSince: '2014',
    });
    // A few seconds apart, so the step times do not all read 0:00.
    await sleep(1_000);
    await toggleStepWithKeyboard(page, 'Prepare');
    await sleep(2_000);
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await sleep(2_000);
    await toggleStepWithKeyboard(page, 'Empathize');
    await sleep(1_000);
    await toggleStepWithKeyboard(page, 'Give recognition');
    await page.getByRole('article', { name: 'Probe "the check is in the mail"' }).waitFor();
    await typeNotes(
      page,
      'Credit note for the short shipment sent. Says the check went out Friday.',
    );
    await waitForNotesSaved(page);
    await page.getByRole('button', { name: 'Dismiss the suggestion' }).waitFor();
    // No focus ring or caret in the picture.
    await page.getByRole('heading', { name: 'Northwind Traders' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));

    await mkdir(path.dirname(OUTPUT), { recursive: true });
    await page.screenshot({ path: OUTPUT, animations: 'disabled', caret: 'hide' });
    console.log(
      `Saved ${path.relative(process.cwd(), OUTPUT) || OUTPUT} (${VIEWPORT.width}×${VIEWPORT.height}).`,
    );
  } finally {
    await session?.close();
    await stopAllPreviews();
    await removeTempDirs();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
