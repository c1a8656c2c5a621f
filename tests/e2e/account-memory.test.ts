import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  agingReport,
  dayFrom,
  OAK,
  PROMISED_INVOICE,
  seedPromiseHistory,
} from './support/account-history';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  checklist,
  collectPageProblems,
  importReport,
  showView,
  endCall,
  isoDateFromToday,
  openApp,
  startForm,
  toggleStepWithKeyboard,
  waitUntil,
} from './support/call-coach';
import { cleanUp, makeTempDir, startPreview } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** Starts a call on an account by typing the first letters of its name and taking the first match. */
async function startCallOn(page: Page, letters: string, name: string): Promise<void> {
  await showView(page, 'Call');
  const customer = startForm.customer(page);
  await customer.focus();
  await page.keyboard.type(letters);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await customer.inputValue()) === name, `${name} to be picked`);
  await page.getByRole('button', { name: 'Start call' }).focus();
  await page.keyboard.press('Enter');
  await checklist(page).waitFor();
}

describe('the account memory, from an aging report to the next call', () => {
  it('imports a report, flags a broken promise, recognises the customer, finds the call again and closes the paid invoice', async () => {
    const now = Date.now();
    const dataDir = await makeTempDir();
    await seedPromiseHistory(dataDir, now);
    const preview = await startPreview({ dataDir });
    session = await openBrowser();
    const { page } = session;
    const problems = collectPageProblems(page);
    await openApp(page, preview.url);

    // Yesterday's report: INV-1001, promised for a week ago, is still open.
    const yesterday = path.join(dataDir, 'aging-yesterday.csv');
    await writeFile(
      yesterday,
      agingReport(dayFrom(now, -1), [
        { customer: OAK, invoice: PROMISED_INVOICE, dueOn: dayFrom(now, -40), open: '$1,250.00' },
        { customer: OAK, invoice: 'INV-1050', dueOn: dayFrom(now, 20), open: '$300.00' },
        {
          customer: 'Pinecrest Dental',
          invoice: 'INV-2001',
          dueOn: dayFrom(now, -20),
          open: '$480.00',
        },
      ]),
    );
    await importReport(page, yesterday, /Imported 3 invoices/);

    // Three letters find the account; its card flags the promise and its oldest invoice is the one to call about.
    await startCallOn(page, 'Oak', OAK);
    await page.getByRole('heading', { name: OAK, level: 2 }).waitFor();
    const flags = page.getByRole('list', { name: 'Red flags' });
    await flags.getByText(/Broken promise: \$1,250\.00 by .+ for INV-1001, still open\./).waitFor();
    expect(await flags.getByText('Red flag').count()).toBeGreaterThan(0);

    // Recognition from the data: with us since 2014 (and nothing about paying on time).
    for (const step of ['Prepare', 'Acknowledge the issue', 'Empathize'] as const) {
      await toggleStepWithKeyboard(page, step);
    }
    await page
      .getByText(/since 2014/)
      .first()
      .waitFor();
    expect(await page.getByText(/on time/).count()).toBe(0);

    // Take the call: the check is in the mail.
    await page.keyboard.press('Alt+Shift+M');
    const checkNumber = page.getByLabel('Check number', { exact: true });
    await checkNumber.focus();
    await page.keyboard.type('55123');
    await page.keyboard.press('Tab');
    await endCall(page, {
      outcome: 'Check in the mail',
      nextAction: 'Confirm the check arrived',
      due: isoDateFromToday(5),
    });

    // History finds it by the check number and by the invoice.
    await showView(page, 'History');
    const search = page.getByRole('searchbox', { name: 'Search calls' });
    const pastCalls = page.getByRole('list', { name: 'Past calls' });
    for (const words of ['55123', PROMISED_INVOICE]) {
      await search.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(words);
      await pastCalls
        .getByRole('button', { name: new RegExp(OAK) })
        .first()
        .waitFor();
      await pastCalls
        .locator('mark')
        .filter({ hasText: words.split('-')[0]! })
        .first()
        .waitFor();
    }

    // Today's report no longer lists INV-1001: it is closed as paid, and the card says so.
    const today = path.join(dataDir, 'aging-today.csv');
    await writeFile(
      today,
      agingReport(dayFrom(now, 0), [
        { customer: OAK, invoice: 'INV-1050', dueOn: dayFrom(now, 20), open: '$300.00' },
        {
          customer: 'Pinecrest Dental',
          invoice: 'INV-2001',
          dueOn: dayFrom(now, -20),
          open: '$480.00',
        },
      ]),
    );
    await importReport(page, today, /1 closed as paid/);
    await startCallOn(page, 'Oak', OAK);
    await page
      .getByRole('list', { name: 'Red flags' })
      .getByText(/Broken promise: .+ for INV-1001, paid late\./)
      .waitFor();

    expect(problems).toEqual([]);
  });
});
