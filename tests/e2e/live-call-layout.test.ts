import type { Browser, Page } from 'playwright-core';
import { addBusinessDaysTo, formatIsoDate, localDate } from '../../shared/domain/calendar';
import type { Call } from '../../shared/domain/call';
import { applyAppearance, type Appearance } from './support/appearance';
import {
  collectPageProblems,
  newestStoredCall,
  openApp,
  stepCheckbox,
  usDate,
  waitForNotesSaved,
  waitUntil,
  type StepTitle,
} from './support/call-coach';
import { launchChromium, openPage, type BrowserSession } from './support/chromium';
import { writeFileSync } from 'node:fs';
import {
  countingKeyboard,
  focusedName,
  focusNotes,
  type CountingKeyboard,
} from './support/layout-probe';
import { cleanUp, makeTempDir, startPreview } from './support/preview';

// Five calls a caller makes every day, at the overlay's own size, by keyboard alone. After every
// key that moves focus, the probe checks that the focused element, the prompt and the notes are
// in view and that the page moved no more than 200 px. Locators are only used to look.

const OVERLAY = { width: 380, height: 640 } as const;

const HOTKEY = {
  startOrEnd: 'Control+Alt+Shift+C',
  checkStep: 'Control+Alt+Shift+N',
  notes: 'Control+Alt+Shift+T',
} as const;

/** How long typing must pause before the notes are read for cues, with room for a busy machine. */
const CUE_WAIT_MS = 1_200;

let browser: Browser | undefined;
let session: BrowserSession | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

interface Caller {
  readonly page: Page;
  readonly keys: CountingKeyboard;
  readonly today: string;
  readonly pageProblems: string[];
}

async function openOverlay(appearance: Appearance): Promise<Caller> {
  const preview = await startPreview({ dataDir: await makeTempDir() });
  session = await openPage(browser!, { viewport: OVERLAY });
  const { page } = session;
  const pageProblems = collectPageProblems(page);
  await openApp(page, preview.url);
  await applyAppearance(page, appearance);
  const keys = await countingKeyboard(page);
  // The app's own idea of today (its clock), so dates hold on any day the suite runs.
  const today = localDate(await page.evaluate(() => Date.now()));
  return { page, keys, today, pageProblems };
}

/** Presses Tab (or Shift+Tab) until focus is on what `pattern` names; fails after `limit`. */
async function tabTo(caller: Caller, pattern: RegExp, { back = false, limit = 30 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (pattern.test(await focusedName(caller.page))) return;
    await caller.keys.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focusedName(caller.page)}`);
}

async function expectFocus(caller: Caller, pattern: RegExp): Promise<void> {
  let last = '';
  await waitUntil(
    async () => pattern.test((last = await focusedName(caller.page))),
    `focus on ${pattern}`,
    5_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message} Focus is on: ${last}`);
  });
}

interface StartDetails {
  readonly customer: string;
  readonly contact: string;
  readonly account: string;
  readonly invoice: string;
  readonly amountDue: string;
  readonly dueOn: string;
  readonly customerSince: string;
}

/** The start form by keyboard: the hotkey goes to Customer, Tab between fields, Enter starts. */
async function startByKeyboard(caller: Caller, details: StartDetails): Promise<void> {
  const { keys, page } = caller;
  await keys.press(HOTKEY.startOrEnd);
  await expectFocus(caller, /Customer/);
  for (const [index, text] of [
    details.customer,
    details.contact,
    details.account,
    details.invoice,
    details.amountDue,
    usDate(details.dueOn),
    details.customerSince,
  ].entries()) {
    if (index > 0) await keys.press('Tab');
    await keys.type(text);
  }
  await keys.press('Enter');
  await page.getByRole('list', { name: 'Call steps' }).waitFor();
}

/** Goes to step `number` with its key (focus on its box) and ticks it with Space. */
async function tickStep(caller: Caller, number: number, title: StepTitle): Promise<void> {
  await caller.keys.press(String(number));
  await expectFocus(caller, new RegExp(`checkbox\\] "${escape(title)}"`));
  await caller.keys.press('Space');
  await waitUntil(() => stepCheckbox(caller.page, title).isChecked(), `"${title}" ticked`);
}

/** The current step on the card, as its heading says. */
async function expectCurrentStep(caller: Caller, title: string): Promise<void> {
  await caller.page.getByRole('article', { name: title }).waitFor();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chip above the notes: exactly one, saying `text`, or none. */
async function expectChip(caller: Caller, text: RegExp | null): Promise<void> {
  const slot = caller.page.getByRole('status').filter({
    has: caller.page.getByRole('button', { name: 'Dismiss the suggestion' }),
  });
  if (text === null) {
    await new Promise((resolve) => setTimeout(resolve, CUE_WAIT_MS));
    expect(await caller.page.getByRole('button', { name: 'Dismiss the suggestion' }).count()).toBe(
      0,
    );
    return;
  }
  await slot.filter({ hasText: text }).waitFor();
  expect(await caller.page.getByRole('button', { name: 'Dismiss the suggestion' }).count()).toBe(1);
}

/** Notes by hotkey: types at the end of what is there. */
async function typeNotes(caller: Caller, text: string): Promise<void> {
  await caller.keys.press(HOTKEY.notes);
  await expectFocus(caller, /textarea "Notes"/);
  await caller.keys.press('Control+End');
  await caller.keys.type(text);
}

/** From the notes, back to the chip's Dismiss button (it sits above the notes) and press it. */
async function dismissChip(caller: Caller): Promise<void> {
  await tabTo(caller, /"Dismiss the suggestion"/, { back: true, limit: 4 });
  await caller.keys.press('Enter');
  await caller.page.getByRole('button', { name: 'Dismiss the suggestion' }).waitFor({
    state: 'detached',
  });
}

/** Tabs to the wrap-up's End call and presses it; waits for the start form. */
async function endFromWrapUp(caller: Caller): Promise<void> {
  const wrapUp = caller.page.getByRole('region', { name: 'Wrap up' });
  await tabTo(caller, /button "End call"/, { limit: 20 });
  expect(
    await wrapUp
      .getByRole('button', { name: 'End call' })
      .evaluate((button) => button === document.activeElement),
  ).toBe(true);
  await caller.keys.press('Enter');
  await caller.page.getByRole('heading', { name: 'Start a call' }).waitFor();
}

/** What the probe found, all at once, and the call's key count in the test output. */
function report(caller: Caller, call: string): void {
  console.log(
    `[keys] ${call}: ${caller.keys.keys} keys, ${caller.keys.measures.length} focus changes`,
  );
  const worst = Math.max(
    0,
    ...caller.keys.measures.filter((m) => m.isLiveCall).map((m) => m.scrolledY + m.scrolledX),
  );
  console.log(`[scroll] ${call}: largest move on one focus change ${Math.round(worst)} px`);
  for (const note of focusNotes(caller.keys.measures)) console.log(`[focus] ${call}: ${note}`);
  if (process.env.LAYOUT_MEASURES_DIR) {
    writeFileSync(
      `${process.env.LAYOUT_MEASURES_DIR}/${call.replace(/\W+/g, '-')}.json`,
      JSON.stringify(caller.keys.measures, null, 1),
    );
  }
  expect(caller.keys.problems, `${call}:\n${caller.keys.problems.join('\n')}`).toEqual([]);
  expect(caller.pageProblems).toEqual([]);
}

const followUpOf = (stored: Call, sectionId: string) =>
  stored.closing?.followUps.find((followUp) => followUp.sectionId === sectionId);

const APPEARANCES: readonly Appearance[] = [
  { theme: 'light', textSize: 'standard' },
  { theme: 'dark', textSize: 'largest' },
];

for (const appearance of APPEARANCES) {
  const look = `${appearance.textSize} text`;

  describe(`the live call at 380×640, ${look}, by keyboard alone`, () => {
    it('an angry customer with a billing error, who then promises to pay', async () => {
      const caller = await openOverlay(appearance);
      const { page, keys, today } = caller;
      const dueOn = addDaysIso(today, -30);
      await startByKeyboard(caller, {
        customer: 'Northwind Traders',
        contact: 'Dana',
        account: 'NW-7781',
        invoice: 'INV-20417',
        amountDue: '4860',
        dueOn,
        customerSince: '2014',
      });
      await expectCurrentStep(caller, 'Prepare');
      await tickStep(caller, 1, 'Prepare');
      await expectCurrentStep(caller, 'Acknowledge the issue');
      await page
        .getByText(
          'Thanks for taking my call, Dana. I am calling about invoice INV-20417 for $4,860.00.',
        )
        .waitFor();

      // She is shouting: a reminder, once; the same again in other words brings nothing.
      await typeNotes(caller, 'Dana very upset, shouting about our billing error. ');
      await expectChip(caller, /Keep in mind: Keep your voice level/);
      await dismissChip(caller);
      await typeNotes(caller, 'Still yelling at me. ');
      await expectChip(caller, null);
      // Our mistake: the freight was charged twice, $360 comes off. Back to the step, and on.
      await typeNotes(caller, 'Freight billed twice, we credit 360. ');
      await expectChip(caller, /Sounds like Dispute/);
      await dismissChip(caller);
      await keys.press(HOTKEY.notes);
      await keys.press('Escape');
      await expectFocus(caller, /checkbox\] "Acknowledge the issue"/);
      await keys.press('Space');
      await expectCurrentStep(caller, 'Empathize');
      await keys.press(HOTKEY.checkStep);
      await expectCurrentStep(caller, 'Give recognition');
      await page
        .getByText(
          "You've been doing business with us since 2014. Thank you for sticking with us all this time.",
        )
        .waitFor();
      // "Done, next" on the card, by Tab and Enter.
      await tabTo(caller, /button "Done, next/);
      await keys.press('Enter');
      await expectCurrentStep(caller, 'Probe "the check is in the mail"');

      // Calmer now, she promises the corrected amount: the chip, and its key opens the form.
      const payBy = addBusinessDaysTo(today, 3);
      await typeNotes(caller, `She promised to pay 4,500 by ${usDate(payBy)}, ACH. `);
      await expectChip(caller, /Sounds like Promise to pay/);
      await keys.press('Alt+Shift+P');
      const promise = page.getByRole('region', { name: 'Promise to pay' });
      await promise.waitFor();
      await expectFocus(caller, /"Amount"/);
      await keys.type('4500');
      await keys.press('Tab');
      await expectFocus(caller, /"Pay by"/);
      await keys.type(usDate(payBy));
      await keys.press('Tab');
      await expectFocus(caller, /"Method"/);
      await keys.type('A');
      await keys.press('Tab');
      await expectFocus(caller, /"Invoices covered"/);
      await keys.type('INV-20417');
      await keys.press('Tab');
      // The read-back says what was promised, never the amount due.
      const readBack = `So that is $4,500.00 by ${formatIsoDate(payBy, 'en-US')}, covering INV-20417. Have I got that right?`;
      await promise.getByText(readBack).waitFor();
      expect(await promise.innerText()).not.toContain('$4,860.00');
      await expectChip(caller, null);

      // Back to the steps: the probe does not apply, the action is the promise.
      await keys.press('Escape');
      await expectFocus(caller, /"Promise to pay/);
      await keys.press(HOTKEY.checkStep);
      await expectCurrentStep(caller, 'Leave an action');
      await page
        .getByText(
          `So, to recap, Dana: you will pay $4,500.00 by ${formatIsoDate(payBy, 'en-US')}, and I will confirm once it is applied.`,
        )
        .waitFor();
      await keys.press(HOTKEY.checkStep);
      await waitForNotesSaved(page);

      // End call sits on the notes' line: Shift+Tab from the notes, Enter; the wrap-up is filled.
      await keys.press(HOTKEY.notes);
      await tabTo(caller, /button "End call"/, { back: true, limit: 3 });
      await keys.press('Enter');
      const wrapUp = page.getByRole('region', { name: 'Wrap up' });
      await wrapUp.waitFor();
      await expectFocus(caller, /"Outcome/);
      expect(
        await wrapUp
          .getByLabel('Outcome')
          .evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text),
      ).toBe('Promise to pay');
      await endFromWrapUp(caller);

      const stored = await newestStoredCall(page);
      expect(stored.customer).toBe('Northwind Traders');
      expect(stored.captures['promise-to-pay']).toMatchObject({
        amount: '$4,500.00',
        'pay-on': payBy,
        method: 'ach',
        invoices: 'INV-20417',
      });
      expect(stored.closing).toMatchObject({
        outcomeId: 'promise-to-pay',
        action: { what: 'Confirm the promised payment has arrived', dueOn: payBy },
      });
      expect(followUpOf(stored, 'promise-to-pay')?.dueOn).toBe(payBy);
      expect(stored.notes).toContain('shouting about our billing error');
      report(caller, `angry billing error, then a promise (${look})`);
    });

    it('"the check is in the mail"', async () => {
      const caller = await openOverlay(appearance);
      const { page, keys, today } = caller;
      await startByKeyboard(caller, {
        customer: 'Fabrikam Foods',
        contact: 'Lee',
        account: 'FF-2201',
        invoice: 'INV-5530',
        amountDue: '1,250.00',
        dueOn: addDaysIso(today, -21),
        customerSince: '2019',
      });
      for (const [number, title] of [
        [1, 'Prepare'],
        [2, 'Acknowledge the issue'],
        [3, 'Empathize'],
        [4, 'Give recognition'],
      ] as const) {
        await tickStep(caller, number, title);
      }
      await expectCurrentStep(caller, 'Probe "the check is in the mail"');

      // "It went out last week": the chip suggests the situation; the card's button opens it.
      await typeNotes(caller, 'Lee says the cheque went out last week. ');
      await expectChip(caller, /Sounds like Check in the mail/);
      await keys.press('Escape');
      await expectFocus(caller, /checkbox\] "Probe/);
      await tabTo(caller, /button "Open “Check in the mail”/);
      await keys.press('Enter');
      const form = page.getByRole('region', { name: 'Check in the mail' });
      await form.waitFor();
      await expectFocus(caller, /"Mailed on"/);
      await expectChip(caller, null);

      const mailedOn = addBusinessDaysTo(today, -3);
      const followUpBy = addBusinessDaysTo(mailedOn, 7);
      await keys.type(usDate(mailedOn));
      await keys.press('Tab');
      await expectFocus(caller, /"Check number"/);
      await keys.type('104-233');
      await keys.press('Tab');
      await form.getByText(/Took out the dash: 104233/).waitFor();
      await expectFocus(caller, /"Amount"/);
      await keys.type('1250');
      await keys.press('Tab');
      await expectFocus(caller, /"Invoices covered"/);
      await keys.type('INV-5530');
      await keys.press('Tab');
      await expectFocus(caller, /"Mailed to"/);
      await keys.type('O');
      await keys.press('Tab');
      await expectFocus(caller, /"Sent by"/);
      await keys.type('R');
      await keys.press('Tab');
      await expectFocus(caller, /"Tracking number"/);
      await keys.press('Tab');
      await expectFocus(caller, /"Who sent it"/);
      await keys.type('Pat in payables');
      await keys.press('Tab');
      await expectFocus(caller, /"Follow up by"/);
      expect(await form.getByLabel('Follow up by', { exact: true }).inputValue()).toBe(
        usDate(followUpBy),
      );
      await form
        .getByText(
          `So that is check 104233 for $1,250.00, mailed on ${formatIsoDate(mailedOn, 'en-US')}. Have I got that right?`,
        )
        .waitFor({ state: 'attached' });
      await form
        .getByText(
          `If it has not reached us by ${formatIsoDate(followUpBy, 'en-US')}, shall we agree now`,
        )
        .waitFor({ state: 'attached' });

      // Escape puts the form aside; the rest of the steps by the check-step key.
      await keys.press('Escape');
      await expectFocus(caller, /"Check in the mail/);
      await keys.press(HOTKEY.checkStep);
      await expectCurrentStep(caller, 'Leave an action');
      await page
        .getByText(
          `So, to recap, Lee: check 104233 for $1,250.00 is on its way, and I will look out for it until ${formatIsoDate(followUpBy, 'en-US')}.`,
        )
        .waitFor();
      await keys.press(HOTKEY.checkStep);
      await typeNotes(caller, 'Posted to the lockbox by regular mail.');
      await waitForNotesSaved(page);

      await keys.press(HOTKEY.startOrEnd);
      await page.getByRole('region', { name: 'Wrap up' }).waitFor();
      await expectFocus(caller, /"Outcome/);
      await endFromWrapUp(caller);

      const stored = await newestStoredCall(page);
      expect(stored.captures['check-in-mail']).toMatchObject({
        'mailed-on': mailedOn,
        'check-number': '104233',
        amount: '$1,250.00',
        invoices: 'INV-5530',
        'mailed-to': 'lockbox',
        method: 'mail',
        'sent-by': 'Pat in payables',
        'follow-up-by': followUpBy,
      });
      expect(stored.closing).toMatchObject({
        outcomeId: 'check-in-mail',
        action: { dueOn: followUpBy },
      });
      expect(followUpOf(stored, 'check-in-mail')?.dueOn).toBe(followUpBy);
      report(caller, `check in the mail (${look})`);
    });

    it('a dispute on part of an invoice, with a promise to pay the rest', async () => {
      const caller = await openOverlay(appearance);
      const { page, keys, today } = caller;
      await startByKeyboard(caller, {
        customer: 'Contoso Freight',
        contact: 'Sam',
        account: 'CF-881',
        invoice: 'INV-881',
        amountDue: '4,860.00',
        dueOn: addDaysIso(today, -12),
        customerSince: '2011',
      });
      await tickStep(caller, 1, 'Prepare');
      await typeNotes(
        caller,
        'Sam says 600 of it is wrong, they were billed for 40 pallets twice. ',
      );
      await expectChip(caller, /Sounds like Dispute/);
      await keys.press('Alt+Shift+D');
      const dispute = page.getByRole('region', { name: 'Dispute' });
      await dispute.waitFor();
      await expectFocus(caller, /"Reason"/);
      await expectChip(caller, null);
      await keys.type('Q');
      await keys.press('Tab');
      await expectFocus(caller, /"Disputed amount"/);
      await keys.type('600');
      await keys.press('Tab');
      await keys.type('4260');
      await keys.press('Tab');
      await expectFocus(caller, /"Invoices covered"/);
      await keys.type('INV-881');
      await keys.press('Tab');
      await expectFocus(caller, /"Documents requested"/);
      await keys.type('Both delivery notes');
      await keys.press('Tab');
      await expectFocus(caller, /"Owner"/);
      await keys.type('Priya in billing');
      await keys.press('Tab');
      await expectFocus(caller, /"Get back to them by"/);
      const answerBy = addBusinessDaysTo(today, 2);
      await keys.type(usDate(answerBy));
      await keys.press('Tab');
      await dispute
        .getByText('So $600.00 is in question, and $4,260.00 is not. Have I got that right?')
        .waitFor({ state: 'attached' });

      // The rest will be paid: the promise, by its key, straight from the dispute's form.
      await keys.press('Alt+Shift+P');
      const promise = page.getByRole('region', { name: 'Promise to pay' });
      await promise.waitFor();
      await expectFocus(caller, /"Amount"/);
      await keys.type('4260');
      await keys.press('Tab');
      const payBy = addBusinessDaysTo(today, 5);
      await keys.type(usDate(payBy));
      await keys.press('Tab');
      await keys.type('W');
      await keys.press('Tab');
      await keys.type('INV-881');
      await keys.press('Tab');
      await promise
        .getByText(
          `So that is $4,260.00 by ${formatIsoDate(payBy, 'en-US')}, covering INV-881. Have I got that right?`,
        )
        .waitFor();
      expect(await promise.innerText()).not.toContain('$4,860.00');

      await keys.press('Escape');
      for (let step = 2; step <= 6; step += 1) await keys.press(HOTKEY.checkStep);
      await expectCurrentStep(caller, 'Recap and follow up');
      await typeNotes(caller, 'Priya checks the delivery notes.');
      await waitForNotesSaved(page);

      await keys.press(HOTKEY.startOrEnd);
      const wrapUp = page.getByRole('region', { name: 'Wrap up' });
      await wrapUp.waitFor();
      await expectFocus(caller, /"Outcome/);
      // Both follow-ups are listed with their own dates.
      const followUps = wrapUp.getByRole('list', { name: 'Follow-ups' }).getByRole('listitem');
      expect(await followUps.count()).toBe(2);
      await endFromWrapUp(caller);

      const stored = await newestStoredCall(page);
      expect(stored.captures.dispute).toMatchObject({
        reason: 'quantity',
        'disputed-amount': '$600.00',
        'undisputed-amount': '$4,260.00',
        invoices: 'INV-881',
        documents: 'Both delivery notes',
        owner: 'Priya in billing',
        'answer-by': answerBy,
      });
      expect(stored.captures['promise-to-pay']).toMatchObject({
        amount: '$4,260.00',
        'pay-on': payBy,
        method: 'wire',
      });
      expect(followUpOf(stored, 'dispute')?.dueOn).toBe(answerBy);
      expect(followUpOf(stored, 'dispute')?.who).toBe('Priya in billing');
      expect(followUpOf(stored, 'promise-to-pay')?.dueOn).toBe(payBy);
      report(caller, `partial dispute with a promise (${look})`);
    });

    it('voicemail', async () => {
      const caller = await openOverlay(appearance);
      const { page, keys, today } = caller;
      await startByKeyboard(caller, {
        customer: 'Tailspin Toys',
        contact: 'Jo',
        account: 'TT-14',
        invoice: 'INV-3300',
        amountDue: '310.25',
        dueOn: addDaysIso(today, -5),
        customerSince: '2021',
      });
      await tickStep(caller, 1, 'Prepare');
      await typeNotes(caller, 'Voicemail after six rings; left my number.');
      await waitForNotesSaved(page);
      await keys.press('Alt+Shift+V');
      await page.getByRole('heading', { name: 'Start a call' }).waitFor();

      const stored = await newestStoredCall(page);
      expect(stored.closing).toMatchObject({
        outcomeId: 'voicemail',
        action: { dueOn: addBusinessDaysTo(today, 1) },
      });
      expect(stored.notes).toBe('Voicemail after six rings; left my number.');
      report(caller, `voicemail (${look})`);
    });

    it('the wrong contact', async () => {
      const caller = await openOverlay(appearance);
      const { page, keys, today } = caller;
      await startByKeyboard(caller, {
        customer: 'Adatum Corp',
        contact: 'Kim',
        account: 'AC-77',
        invoice: 'INV-77',
        amountDue: '980',
        dueOn: addDaysIso(today, -40),
        customerSince: '2017',
      });
      await tickStep(caller, 1, 'Prepare');
      await typeNotes(caller, 'Kim no longer works there. ');
      await expectChip(caller, /Sounds like Wrong contact/);
      await keys.press('Alt+Shift+W');
      const form = page.getByRole('region', { name: 'Wrong contact' });
      await form.waitFor();
      await expectFocus(caller, /"Right contact"/);
      await keys.type('Priya Shah');
      await keys.press('Tab');
      await keys.type('555-0142');
      await keys.press('Tab');
      await keys.type('Mornings');
      await keys.press('Tab');
      await form
        .getByText('So I should speak to Priya Shah on 555-0142. Thank you, that helps.')
        .waitFor({ state: 'attached' });
      await waitForNotesSaved(page);
      await keys.press('Alt+Shift+X');
      await page.getByRole('heading', { name: 'Start a call' }).waitFor();

      const stored = await newestStoredCall(page);
      expect(stored.captures['wrong-contact']).toMatchObject({
        'right-contact': 'Priya Shah',
        'reach-at': '555-0142',
        'best-time': 'Mornings',
      });
      expect(stored.closing).toMatchObject({
        outcomeId: 'wrong-contact',
        action: { what: 'Call Priya Shah at 555-0142', dueOn: addBusinessDaysTo(today, 1) },
      });
      report(caller, `wrong contact (${look})`);
    });
  });
}

/** `date` plus `days` calendar days, as YYYY-MM-DD. */
function addDaysIso(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return localDate(new Date(year, month - 1, day + days).getTime());
}
