import type { Browser, Page } from 'playwright-core';
import { describeViolations, findAxeViolations } from './support/axe';
import { launchChromium, openPage, type BrowserSession } from './support/chromium';
import {
  checklist,
  fillStartForm,
  openApp,
  startCall,
  startForm,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
} from './support/call-coach';
import { cleanUp, makeTempDir, startPreview, type Preview } from './support/preview';

let browser: Browser | undefined;
let preview: Preview;
let dataDir: string;
let session: BrowserSession | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  dataDir = await makeTempDir();
  preview = await startPreview({ dataDir });
  // axe-core is injected as a script, which the app's policy (rightly) forbids.
  session = await openPage(browser!, { bypassCSP: true });
  page = session.page;
  await openApp(page, preview.url);
});

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

async function expectNoViolations(where: string): Promise<void> {
  const violations = await findAxeViolations(page);
  expect(violations, `axe found problems on ${where}:\n${describeViolations(violations)}`).toEqual(
    [],
  );
}

async function endACall(customer: string): Promise<void> {
  await startCall(page, {
    customer,
    accountNumber: 'C-1009',
    invoice: 'INV-77',
    amountDue: '310.25',
  });
  await toggleStepWithKeyboard(page, 'Acknowledge the issue');
  await toggleStepWithKeyboard(page, 'Give recognition');
  await typeNotes(page, 'Agreed to pay on Friday.');
  await waitForNotesSaved(page);
  await page.getByRole('button', { name: 'End call' }).click();
  await page.getByText(`Call with ${customer} saved to History.`).waitFor();
}

describe('accessibility (axe-core, WCAG 2.1 A/AA and best practices)', () => {
  it('the start form', async () => {
    await expectNoViolations('the start form');
  });

  it('the start form showing validation errors', async () => {
    await fillStartForm(page, { amountDue: 'abc' });
    await startForm.customer(page).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Enter the customer’s name.').waitFor();
    await page.getByText('Enter an amount like 1,250.00.').waitFor();
    await expectNoViolations('the start form with errors');
  });

  it('an active call: checklist, guidance and notes', async () => {
    await startCall(page, {
      customer: 'Wide World Importers',
      invoice: 'INV-4410',
      amountDue: '980',
    });
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await toggleStepWithKeyboard(page, 'Empathize');
    await toggleStepWithKeyboard(page, 'Give recognition');
    // The current step is now the one with questions as well as phrases.
    await page.getByText('When was it sent?').waitFor();
    await typeNotes(page, 'Check number 2231, mailed Monday.');
    await waitForNotesSaved(page);
    expect(await checklist(page).count()).toBe(1);
    await expectNoViolations('an active call');
  });

  it('an active call reopened after a crash', async () => {
    await startCall(page, { customer: 'Wide World Importers' });
    await typeNotes(page, 'Line dropped.');
    await waitForNotesSaved(page);
    await preview.kill();
    preview = await startPreview({ dataDir });
    await openApp(page, preview.url);
    await page.getByText('Reopened your unfinished call.').waitFor();
    await expectNoViolations('a reopened call');
  });

  it('the call just ended and History with a call', async () => {
    await endACall('Litware Inc.');
    await expectNoViolations('the start form after a call ended');
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Past calls' }).waitFor();
    await expectNoViolations('the History list');
  });

  it('an opened call in History', async () => {
    await endACall('Litware Inc.');
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('button', { name: /Litware Inc\./ }).click();
    await page.getByRole('heading', { name: 'Litware Inc.', level: 2 }).waitFor();
    await expectNoViolations('an opened call');
  });
});
