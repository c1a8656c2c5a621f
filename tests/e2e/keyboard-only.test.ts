import type { Page } from 'playwright-core';
import type { BrowserSession } from './support/chromium';
import {
  checklist,
  collectPageProblems,
  isoDateFromToday,
  stepCheckbox,
  waitUntil,
  wrapUpForm,
  newestStoredCall,
  usDate,
} from './support/call-coach';
import { openFreshApp } from './support/fresh-app';
import { cleanUp } from './support/preview';

// A caller who never reaches for the mouse: every move below is a key press. Locators are used
// only to look, never to click or to put focus anywhere.

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** What has focus, as a screen reader would name it: role, then its label or text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing';
    const labelled = element.getAttribute('aria-labelledby');
    // aria-label first: a step's box is named by its title, its visible label is its number.
    const label =
      element.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const type = element.tagName === 'INPUT' ? element.getAttribute('type') : null;
    return `${role}${type ? `[${type}]` : ''} ${label.trim().replace(/\s+/g, ' ')}`;
  });
}

async function waitForFocus(page: Page, pattern: RegExp): Promise<void> {
  let last = '';
  await waitUntil(
    async () => pattern.test((last = await focused(page))),
    `focus on ${pattern}`,
  ).catch((error: Error) => {
    throw new Error(`${error.message} Focus is on: ${last}`);
  });
}

/** Presses Tab until focus is on what `pattern` names; fails after `limit` presses. */
async function tabTo(page: Page, pattern: RegExp, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

/** Types a YYYY-MM-DD date into the focused date field as a caller in the US does: MM/DD/YYYY. */
async function typeDateHere(page: Page, isoDate: string): Promise<void> {
  await page.keyboard.type(usDate(isoDate));
}

const HOTKEY = {
  startOrEnd: 'Control+Alt+Shift+C',
  checkStep: 'Control+Alt+Shift+N',
  previousStep: 'Control+Alt+Shift+B',
  checkInMail: 'Control+Alt+Shift+M',
  notes: 'Control+Alt+Shift+T',
  layout: 'Control+Alt+Shift+E',
};

describe('a call from start to end with the keyboard alone', () => {
  it('starts, steps through, captures a mailed check, takes notes, goes compact and ends', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    const problems = collectPageProblems(page);

    // Start: the hotkey puts the cursor in the start form; Enter starts the call.
    await page.keyboard.press(HOTKEY.startOrEnd);
    await waitForFocus(page, /^combobox\[text\] Customer/);
    await page.keyboard.type('Fabrikam Foods');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lee');
    await page.keyboard.press('Enter');
    await checklist(page).waitFor();

    // Check steps with the hotkey, go back one, and check it again.
    await page.keyboard.press(HOTKEY.checkStep);
    await page.keyboard.press(HOTKEY.checkStep);
    await waitUntil(() => stepCheckbox(page, 'Acknowledge the issue').isChecked(), 'step 2 done');
    await page.keyboard.press(HOTKEY.previousStep);
    await waitUntil(
      async () => !(await stepCheckbox(page, 'Acknowledge the issue').isChecked()),
      'step 2 open again',
    );
    await page.getByRole('article', { name: 'Acknowledge the issue' }).waitFor();
    await page.getByText('Step 2 of 7', { exact: true }).waitFor({ state: 'attached' });
    await page.keyboard.press(HOTKEY.checkStep);
    await waitUntil(() => stepCheckbox(page, 'Acknowledge the issue').isChecked(), 'step 2 done');

    // A number key goes to a step; Space checks it.
    await page.keyboard.press('4');
    await waitForFocus(page, /^input\[checkbox\] Give recognition/);
    await page.keyboard.press('Space');
    await waitUntil(() => stepCheckbox(page, 'Give recognition').isChecked(), 'step 4 done');

    // The customer says the check is in the mail: its form opens with the cursor in it.
    await page.keyboard.press(HOTKEY.checkInMail);
    await waitForFocus(page, /Mailed on/);
    const mailedOn = isoDateFromToday(-2);
    await typeDateHere(page, mailedOn);
    await tabTo(page, /Check number/);
    await page.keyboard.type('104522');
    // Escape leaves the form for its situation button; what was typed stays.
    await page.keyboard.press('Escape');
    await waitForFocus(page, /^button Check in the mail/);

    // Notes by hotkey, then Escape back to the steps.
    await page.keyboard.press(HOTKEY.notes);
    await waitForFocus(page, /^textarea Notes/);
    await page.keyboard.type('Check mailed to the lockbox; will confirm receipt Friday.');
    await page.getByText('All changes saved', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await waitForFocus(page, /^input\[checkbox\] Empathize/);

    // The cheat sheet lists every key, and Escape closes it back to where focus was.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await sheet.getByText('Check the current step and go to the next').waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    await waitForFocus(page, /^input\[checkbox\] Empathize/);

    // Compact: one line with the current step; the hotkeys keep working there.
    await page.keyboard.press(HOTKEY.layout);
    await checklist(page).waitFor({ state: 'detached' });
    await page.locator('.compact-call').getByText('Empathize', { exact: true }).waitFor();
    await page.keyboard.press(HOTKEY.checkStep);
    await page.locator('.compact-call').getByText('Probe "the check is in the mail"').waitFor();
    await page.keyboard.press(HOTKEY.layout);
    await checklist(page).waitFor();

    // End: the hotkey opens the wrap-up, pre-filled from the situation, with the cursor in it.
    await page.keyboard.press(HOTKEY.startOrEnd);
    await waitForFocus(page, /Outcome/);
    const wrapUp = wrapUpForm(page);
    expect(await wrapUp.getByLabel('Outcome').inputValue()).not.toBe('');
    await tabTo(page, /^button End call/);
    await page.keyboard.press('Enter');
    await page.getByText('Call with Fabrikam Foods saved to History.').waitFor();

    const stored = await newestStoredCall(page);
    expect(stored.customer).toBe('Fabrikam Foods');
    expect(stored.contact).toBe('Lee');
    expect(
      stored.steps.filter((step) => step.checkedAt !== null).map((step) => step.title),
    ).toEqual(['Prepare', 'Acknowledge the issue', 'Empathize', 'Give recognition']);
    expect(stored.captures['check-in-mail']).toMatchObject({
      'mailed-on': mailedOn,
      'check-number': '104522',
    });
    expect(stored.notes).toBe('Check mailed to the lockbox; will confirm receipt Friday.');
    expect(stored.closing?.outcomeId).toBeTruthy();
    expect(problems).toEqual([]);
  });
});
