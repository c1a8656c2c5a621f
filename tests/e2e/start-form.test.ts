import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openPage, type BrowserSession } from './support/chromium';
import {
  accessibleDescription,
  checklist,
  fillStartForm,
  isFocused,
  openApp,
  sleep,
  startForm,
  waitUntil,
} from './support/call-coach';
import { cleanUp, makeTempDir, startPreview, type Preview } from './support/preview';

const CUSTOMER_MESSAGE = 'Enter the customer’s name.';
const AMOUNT_MESSAGE = 'Enter an amount like 1,250.00.';

let browser: Browser | undefined;
let session: BrowserSession | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  preview = await startPreview({ dataDir: await makeTempDir() });
  session = await openPage(browser!);
  page = session.page;
  await openApp(page, preview.url);
});

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

async function submitWithEnter(field: Locator): Promise<void> {
  await field.focus();
  await page.keyboard.press('Enter');
}

/** The message is shown, tied to the field for screen readers, and sits right under it. */
async function expectFieldError(field: Locator, message: string): Promise<void> {
  const shown = page.getByText(message);
  await shown.waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await accessibleDescription(field)).toContain(message);
  const fieldBox = (await field.boundingBox())!;
  const messageBox = (await shown.boundingBox())!;
  expect(messageBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);
  expect(messageBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(48);
}

async function expectNoCallStarted(): Promise<void> {
  // Give a wrongly started call time to show up.
  await sleep(500);
  expect(await checklist(page).count()).toBe(0);
  await page.reload();
  await page.getByRole('heading', { name: 'Start a call' }).waitFor();
  expect(await checklist(page).count()).toBe(0);
}

describe('the start form', () => {
  it('refuses an empty customer, says why next to the field and moves focus there', async () => {
    await fillStartForm(page, { invoice: 'INV-1001' });
    await submitWithEnter(startForm.invoice(page));

    await expectFieldError(startForm.customer(page), CUSTOMER_MESSAGE);
    await waitUntil(() => isFocused(startForm.customer(page)), 'focus on Customer');
    expect(await startForm.customer(page).getAttribute('aria-required')).toBe('true');
    // What was typed elsewhere stays.
    expect(await startForm.invoice(page).inputValue()).toBe('INV-1001');

    // Only spaces is still empty.
    await page.keyboard.type('   ');
    await page.keyboard.press('Enter');
    await page.getByText(CUSTOMER_MESSAGE).waitFor();

    await expectNoCallStarted();
  });

  for (const amount of ['12,34', 'abc']) {
    it(`refuses the amount "${amount}" with a message saying what to type`, async () => {
      await fillStartForm(page, { customer: 'Fabrikam', amountDue: amount });
      await submitWithEnter(startForm.customer(page));

      await expectFieldError(startForm.amountDue(page), AMOUNT_MESSAGE);
      await waitUntil(() => isFocused(startForm.amountDue(page)), 'focus on Amount due');
      // The customer was fine: no message there.
      expect(await startForm.customer(page).getAttribute('aria-invalid')).toBeNull();
      expect(await accessibleDescription(startForm.amountDue(page))).toContain(
        'For example 1,250.00',
      );
      await expectNoCallStarted();
    });
  }

  it('refuses a negative amount', async () => {
    await fillStartForm(page, { customer: 'Fabrikam', amountDue: '-40' });
    await submitWithEnter(startForm.amountDue(page));
    await expectFieldError(startForm.amountDue(page), 'Amount can’t be negative.');
  });

  it('shows every problem at once, focuses the first, and starts once both are fixed', async () => {
    await fillStartForm(page, { amountDue: '12,34' });
    await submitWithEnter(startForm.amountDue(page));

    await expectFieldError(startForm.customer(page), CUSTOMER_MESSAGE);
    await expectFieldError(startForm.amountDue(page), AMOUNT_MESSAGE);
    await waitUntil(() => isFocused(startForm.customer(page)), 'focus on Customer');

    // Fix the customer: its message goes, the amount's stays until the amount changes.
    await page.keyboard.type('Fabrikam Inc.');
    expect(await page.getByText(CUSTOMER_MESSAGE).count()).toBe(0);
    expect(await startForm.customer(page).getAttribute('aria-invalid')).toBeNull();
    await page.getByText(AMOUNT_MESSAGE).waitFor();

    // Tab past contact, account and invoice to the amount, fix it; leaving the field formats it.
    for (let field = 0; field < 4; field += 1) await page.keyboard.press('Tab');
    expect(await isFocused(startForm.amountDue(page))).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1234.5');
    expect(await page.getByText(AMOUNT_MESSAGE).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await startForm.amountDue(page).inputValue()).toBe('$1,234.50');

    // The Tab moved on to the due date; Enter on Start call starts the call.
    expect(await isFocused(startForm.dueOn(page))).toBe(true);
    await page.getByRole('button', { name: 'Start call' }).focus();
    await page.keyboard.press('Enter');
    await checklist(page).waitFor();
    await page.getByRole('heading', { name: 'Fabrikam Inc.', level: 2 }).waitFor();
    await page.getByText('$1,234.50', { exact: true }).waitFor();

    // And it really started: it is still there after a reload.
    await page.reload();
    await checklist(page).waitFor();
  });
});
