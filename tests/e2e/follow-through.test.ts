import { parse } from 'csv-parse/sync';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDaysTo } from '../../shared/domain/calendar';
import { agingReport, dayFrom } from './support/account-history';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  checklist,
  collectPageProblems,
  importReport,
  showView,
  endCall,
  openApp,
  startForm,
  typeDate,
  waitUntil,
} from './support/call-coach';
import { cleanUp, makeTempDir, startPreview } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

const DAY_MS = 24 * 60 * 60 * 1000;
const ACME = 'Acme Supply';
const INVOICE = 'INV-7001';

/** The report of `asOf` with Acme's invoice still open. */
async function writeReport(dataDir: string, asOf: string, now: number): Promise<string> {
  const file = path.join(dataDir, `aging-${asOf}.csv`);
  await writeFile(
    file,
    agingReport(asOf, [
      { customer: ACME, invoice: INVOICE, dueOn: dayFrom(now, -30), open: '$900.00' },
    ]),
  );
  return file;
}

describe('following through, from a promise to the next call', () => {
  it('breaks a promise a later report shows unpaid, puts it first, calls again from the worklist, copies the recap and exports the timeline', async () => {
    const now = Date.now();
    const today = dayFrom(now, 0);
    const payBy = addDaysTo(today, 1);
    const dataDir = await makeTempDir();
    let preview = await startPreview({ dataDir });
    session = await openBrowser();
    const { page, context } = session;
    const problems = collectPageProblems(page);
    await openApp(page, preview.url);
    await importReport(page, await writeReport(dataDir, today, now), /Imported 1 invoice/);

    // Take the call: Acme promises 900.00 by tomorrow.
    await showView(page, 'Call');
    await startForm.customer(page).focus();
    await page.keyboard.type('Acm');
    await page
      .getByRole('option', { name: new RegExp(ACME) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start call' }).focus();
    await page.keyboard.press('Enter');
    await checklist(page).waitFor();
    await page.keyboard.press('Alt+Shift+P');
    const promise = page.getByRole('region', { name: 'Promise to pay' });
    await promise.getByRole('textbox', { name: 'Amount' }).fill('900');
    await typeDate(page, promise.getByRole('textbox', { name: 'Pay by' }), payBy);
    await promise.getByRole('textbox', { name: 'Invoices covered' }).fill(INVOICE);
    await page.keyboard.press('Tab');
    await endCall(page, { outcome: 'Promise to pay' });

    // Three days later, a report still lists the invoice: the promise was broken.
    await preview.stop();
    preview = await startPreview({ dataDir, port: preview.port, clockOffsetDays: 3 });
    await context.clock.install({ time: now + 3 * DAY_MS });
    await openApp(page, preview.url);
    const later = dayFrom(now, 3);
    await importReport(page, await writeReport(dataDir, later, now), /Imported 1 invoice|changed/);

    await showView(page, 'Follow-ups');
    const overdue = page.getByRole('list', { name: /^Overdue/ });
    const first = overdue.getByRole('listitem').first();
    await first.getByText(ACME).waitFor();
    await first.getByText('Promise broken').waitFor();
    expect(await first.innerText()).toContain('$900.00');

    // Enter on the row starts the call on Acme, with what it is about on the card.
    await first.focus();
    await page.keyboard.press('Enter');
    await waitUntil(
      async () =>
        (await startForm.customer(page).inputValue()) === ACME &&
        (await startForm.invoice(page).inputValue()) === INVOICE,
      'the start form to be filled for Acme and its overdue invoice',
    );
    await page
      .getByText(/Following up: .+, due .+ overdue/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Start call' }).focus();
    await page.keyboard.press('Enter');
    await checklist(page).waitFor();
    await page
      .getByText(/Following up:/)
      .first()
      .waitFor();
    const checkBack = addDaysTo(later, 2);
    await endCall(page, {
      outcome: 'Callback requested',
      nextAction: 'Check the payment has arrived',
      due: checkBack,
    });

    // The worklist no longer holds the broken promise: this call made it.
    await showView(page, 'Follow-ups');
    await page.getByRole('heading', { name: 'Follow-ups', level: 2 }).waitFor();
    await waitUntil(
      async () => (await page.getByText('Promise broken').count()) === 0,
      'the broken promise to leave the worklist',
    );

    // Copy the recap of the call just made, as the customer will read it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url });
    await showView(page, 'Call');
    await page.getByText(`Recap e-mail to ${ACME}`).click();
    const recap = page.getByRole('form', { name: 'Recap e-mail' });
    await recap.getByLabel('Message').waitFor();
    await recap.getByRole('button', { name: 'Copy' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Copied/ })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(INVOICE);
    expect(copied).toContain('Check the payment has arrived');
    expect(copied).not.toMatch(/lawyer|collections agency|legal action/i);

    // Export the account's timeline as CSV, and read it back as a spreadsheet would.
    await showView(page, 'Accounts');
    await page.getByLabel('Name, number, invoice or phone').focus();
    await page.keyboard.type('Acm');
    await page
      .getByRole('option', { name: new RegExp(ACME) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Timeline for ${ACME}` }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calls' }).click();
    const download = await downloading;
    const file = path.join(dataDir, 'timeline.csv');
    await download.saveAs(file);
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { bom: true, columns: true });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.customer === ACME)).toBe(true);
    // Newest first: today's call, then the one that took the promise.
    expect(rows.map((row) => row.next_action_due)).toEqual([checkBack, payBy]);
    expect(rows.map((row) => row.promise_date)).toEqual(['', payBy]);
    expect(rows[1]!.promise_amount).toMatch(/900/);

    expect(problems).toEqual([]);
  });
});
