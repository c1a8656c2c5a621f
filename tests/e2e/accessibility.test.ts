import type { Browser, Page } from 'playwright-core';
import { APPEARANCES, applyAppearance } from './support/appearance';
import { describeViolations, findAxeViolations } from './support/axe';
import { launchChromium, openPage, type BrowserSession } from './support/chromium';
import {
  checklist,
  fillStartForm,
  openApp,
  openFromMenu,
  startCall,
  startForm,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
  endCall,
  isoDateFromToday,
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

const THEMES_AT_STANDARD = APPEARANCES.filter((look) => look.textSize === 'standard');

/** Scans the page as it is in each theme, at the standard and the largest text size. */
async function expectNoViolations(where: string, appearances = APPEARANCES): Promise<void> {
  for (const appearance of appearances) {
    await applyAppearance(page, appearance);
    const violations = await findAxeViolations(page);
    const look = `${appearance.theme} theme, ${appearance.textSize} text`;
    expect(
      violations,
      `axe found problems on ${where} (${look}):\n${describeViolations(violations)}`,
    ).toEqual([]);
  }
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
  await endCall(page, {
    outcome: 'Promise to pay',
    nextAction: 'Pay by ACH on Friday',
    due: isoDateFromToday(3),
  });
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

  it('an active call: the step strip, the coach card and the notes', async () => {
    await startCall(page, {
      customer: 'Wide World Importers',
      invoice: 'INV-4410',
      amountDue: '980',
    });
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await toggleStepWithKeyboard(page, 'Empathize');
    await toggleStepWithKeyboard(page, 'Give recognition');
    await toggleStepWithKeyboard(page, 'Prepare');
    // The current step is now the probe, with its button into the situation.
    await page.getByRole('article', { name: 'Probe "the check is in the mail"' }).waitFor();
    await typeNotes(page, 'Check number 2231, mailed Monday.');
    await waitForNotesSaved(page);
    // The notes suggested a situation: the chip is part of the view.
    await page.getByRole('button', { name: 'Dismiss the suggestion' }).waitFor();
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

  it('each situation’s form in the working area, with a field error and a warning, in trainee mode', async () => {
    await startCall(page, { customer: 'Adatum Corp', contact: 'Kim', amountDue: '500' });
    await page.keyboard.press('Alt+Shift+M');
    await page.getByLabel('Check number', { exact: true }).fill('12A');
    await page.getByLabel('Tracking number', { exact: true }).focus();
    await page.getByText('Use digits only, for example 104522.').waitFor();
    await expectNoViolations('the “Check in the mail” form with an error');
    await page.keyboard.press('Alt+Shift+D');
    await page.getByLabel('Disputed amount', { exact: true }).fill('900');
    await page.getByLabel('Owner', { exact: true }).focus();
    await page.getByText(/That is more than the \$500\.00 owed/).waitFor();
    await expectNoViolations('the “Dispute” form with a warning');
    // The rest, one after the other: each replaces the last in the working area.
    for (const [key, title] of [
      ['P', 'Promise to pay'],
      ['I', 'Invoice not received'],
      ['A', 'Already paid'],
      ['H', 'Hardship / payment plan'],
      ['W', 'Wrong contact'],
      ['O', 'Something else'],
    ] as const) {
      await page.keyboard.press(`Alt+Shift+${key}`);
      await page.getByRole('region', { name: title }).waitFor();
      await expectNoViolations(`the “${title}” form`, THEMES_AT_STANDARD);
    }
  }, 180_000);

  it('the same call in expert mode', async () => {
    await startCall(page, { customer: 'Adatum Corp' });
    await page.keyboard.press('Alt+Shift+D');
    // The coaching mode is in the header's menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('radio', { name: 'Expert' }).check();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByText('Why it matters').first().waitFor({ state: 'detached' });
    await expectNoViolations('a call in expert mode');
  });

  it('the header’s menu, open over a live call', async () => {
    await startCall(page, { customer: 'Adatum Corp' });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('radio', { name: 'Trainee' }).waitFor();
    await expectNoViolations('the open menu');
  });

  it('the wrap-up, with its errors, a field still in error and the question about no action', async () => {
    await startCall(page, { customer: 'Adatum Corp' });
    await page.keyboard.press('Alt+Shift+M');
    await page.getByLabel('Check number', { exact: true }).fill('12A');
    await page.getByRole('button', { name: 'End call' }).focus();
    await page.keyboard.press('Enter');
    const wrapUp = page.getByRole('region', { name: 'Wrap up' });
    // The situation pre-filled an outcome; clearing it shows the message for a missing one.
    await wrapUp.getByLabel('Outcome').selectOption('');
    await wrapUp.getByRole('button', { name: 'End call' }).click();
    await wrapUp.getByText('Choose how the call ended.').waitFor();
    await wrapUp.getByText(/Still marked as a problem: Check in the mail: Check number/).waitFor();
    await expectNoViolations('the wrap-up with an error');
    await wrapUp.getByLabel('Outcome').selectOption({ label: 'Refused' });
    await wrapUp.getByLabel('Next action').fill('');
    await wrapUp.getByRole('button', { name: 'End call' }).click();
    await wrapUp.getByRole('button', { name: 'End without an action' }).waitFor();
    await expectNoViolations('the wrap-up asking about no action');
  });

  it('the Playbooks view with a refused file', async () => {
    await openFromMenu(page, 'Playbooks');
    await expectNoViolations('the Playbooks view');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": 2}'),
    });
    await page.getByRole('alert').filter({ hasText: 'bad.json' }).waitFor();
    await expectNoViolations('the Playbooks view with a refused file');
  });

  it('the Settings view, with a hotkey refused', async () => {
    await openFromMenu(page, 'Settings');
    await expectNoViolations('the Settings view');
    await page.getByRole('button', { name: 'Turn on click-through' }).click();
    await page.getByText(/needs the desktop app/).waitFor();
    await expectNoViolations('the Settings view with click-through refused');
  });

  it('the compact layout, between calls and during a call', async () => {
    await page.keyboard.press('Control+Alt+Shift+E');
    await page.getByText('No call in progress').waitFor();
    await expectNoViolations('the compact layout between calls');
    await page.keyboard.press('Control+Alt+Shift+E');
    await startCall(page, { customer: 'Adatum Corp' });
    await page.keyboard.press('Control+Alt+Shift+E');
    await page.getByText('Prepare', { exact: true }).waitFor();
    await expectNoViolations('the compact layout during a call');
  });

  it('the keyboard cheat sheet', async () => {
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoViolations('the cheat sheet');
  });
});
