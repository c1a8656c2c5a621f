import type { Page } from 'playwright-core';
import { addBusinessDaysTo } from '../../shared/domain/calendar';
import type { BrowserSession } from './support/chromium';
import {
  collectPageProblems,
  endCall,
  isFocused,
  isoDateFromToday,
  startCall,
  stepCheckbox,
  toggleStepWithKeyboard,
  typeDate,
  typeNotes,
  waitForNotesSaved,
  waitUntil,
  wrapUpForm,
  newestStoredCall,
  usDate,
} from './support/call-coach';
import { openFreshApp } from './support/fresh-app';
import { cleanUp } from './support/preview';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** Selects all of a field's text and types over it, as a caller fixing a typo does. */
async function retype(page: Page, label: string, text: string, within = page.locator('body')) {
  await within.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** An open situation's form, shown in the working area in the coach card's place. */
function situation(page: Page, title: string) {
  return page.getByRole('region', { name: title });
}

describe('calls that turn into a situation, handled by keyboard', () => {
  it('a trainee handles an angry "check is in the mail" call from start to History', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    const problems = collectPageProblems(page);

    await startCall(page, {
      customer: 'Northwind Traders',
      contact: 'Dana',
      accountNumber: 'NW-7781',
      invoice: 'INV-20417',
      amountDue: '4860',
      dueOn: isoDateFromToday(-30),
      customerSince: '2014',
    });

    // Trainee is the default: why it matters, and the don'ts where they matter.
    await page.getByText('Why it matters').first().waitFor();
    await toggleStepWithKeyboard(page, 'Prepare');

    // The customer is angry: acknowledge, with the phrase filled from the call.
    await page
      .getByText(
        'Thanks for taking my call, Dana. I am calling about invoice INV-20417 for $4,860.00.',
      )
      .waitFor();
    // The reminders and the questions are folded under the card; Enter on the summary opens them.
    const card = page.getByRole('article', { name: 'Acknowledge the issue' });
    await card.getByText('Keep your voice level, however loud they get.').waitFor({
      state: 'attached',
    });
    await card.locator('summary').first().focus();
    await page.keyboard.press('Enter');
    await card.getByText('Keep your voice level, however loud they get.').waitFor();
    const question = card.getByRole('checkbox', {
      name: 'Is something keeping them from paying, and can we help with it?',
    });
    await question.focus();
    await page.keyboard.press('Space');
    await waitUntil(() => question.isChecked(), 'the question to be ticked');
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await toggleStepWithKeyboard(page, 'Empathize');
    await page
      .getByText(
        "You've been doing business with us since 2014. Thank you for sticking with us all this time.",
      )
      .waitFor();
    await toggleStepWithKeyboard(page, 'Give recognition');

    // "It's in the mail." The trainee opens the situation by key.
    await page.keyboard.press('Alt+Shift+M');
    const form = situation(page, 'Check in the mail');
    await form.waitFor();
    const mailedOn = form.getByLabel('Mailed on', { exact: true });
    await waitUntil(() => isFocused(mailedOn), 'focus to move to "Mailed on"');

    const mailed = isoDateFromToday(-2);
    await typeDate(page, mailedOn, mailed);
    // A typo in the check number is caught once the caller moves on, in plain words.
    await form.getByLabel('Check number', { exact: true }).focus();
    await page.keyboard.type('10482A');
    await form.getByLabel('Amount', { exact: true }).focus();
    await form.getByText('Use digits only, for example 104522.').waitFor();
    await retype(page, 'Check number', '10482', form);
    await form.getByLabel('Amount', { exact: true }).focus();
    await page.keyboard.type('5000');
    await form.getByLabel('Invoices covered', { exact: true }).focus();
    await form.getByText('That is more than the $4,860.00 owed. Keep it if it’s right.').waitFor();
    await retype(page, 'Amount', '4860', form);
    await form.getByLabel('Invoices covered', { exact: true }).focus();
    await page.keyboard.type('INV-20417');
    await form.getByLabel('Mailed to', { exact: true }).focus();
    await page.keyboard.type('Our l');
    await form.getByLabel('Sent by', { exact: true }).focus();
    await page.keyboard.type('Certified');
    await form.getByLabel('Tracking number', { exact: true }).focus();
    await page.keyboard.type('9400 1000 0000 0000 0000 00');
    await form.getByLabel('Who sent it', { exact: true }).focus();
    await page.keyboard.type('Pat in accounts payable');

    // The follow-up date filled itself in: 7 business days after the mailing.
    const followUp = addBusinessDaysTo(mailed, 7);
    expect(await form.getByLabel('Follow up by', { exact: true }).inputValue()).toBe(
      usDate(followUp),
    );

    await typeNotes(page, 'Angry about a late fee; calmed down. Check mailed to the lockbox.');
    await toggleStepWithKeyboard(page, 'Probe "the check is in the mail"');
    await toggleStepWithKeyboard(page, 'Leave an action');
    await waitForNotesSaved(page);

    // The wrap-up is pre-filled from the situation: outcome, action and its due date.
    await page.getByRole('button', { name: 'End call' }).focus();
    await page.keyboard.press('Enter');
    await wrapUpForm(page).waitFor();
    expect(await isFocused(wrapUpForm(page).getByLabel('Outcome'))).toBe(true);
    expect(
      await wrapUpForm(page)
        .getByLabel('Outcome')
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe('Check in the mail');
    expect(await wrapUpForm(page).getByLabel(/^Due/).inputValue()).toBe(usDate(followUp));
    await page.keyboard.press('Escape');
    await waitUntil(
      () => isFocused(page.getByRole('button', { name: 'End call' })),
      'focus back on End call',
    );
    await endCall(page);

    // Read back what main stored: every field typed, the outcome and the action.
    const stored = await newestStoredCall(page);
    expect(stored.captures['check-in-mail']).toMatchObject({
      'mailed-on': mailed,
      'check-number': '10482',
      invoices: 'INV-20417',
      'mailed-to': 'lockbox',
      method: 'certified',
      tracking: '9400 1000 0000 0000 0000 00',
      'sent-by': 'Pat in accounts payable',
      'follow-up-by': followUp,
    });
    expect(stored.captures['check-in-mail']?.amount).toMatch(/^\$?4,?860(\.00)?$/);
    expect(stored.questionsAsked).toContain('acknowledge#0');
    expect(stored.closing).toMatchObject({
      outcomeId: 'check-in-mail',
      outcomeLabel: 'Check in the mail',
      action: {
        what: 'Check the payment has arrived; if not, ask for a stop and reissue, or ACH',
        dueOn: followUp,
      },
    });
    expect(stored.closing?.followUps.map(({ sectionId, dueOn }) => ({ sectionId, dueOn }))).toEqual(
      [{ sectionId: 'check-in-mail', dueOn: followUp }],
    );
    expect(stored.contact).toBe('Dana');

    // And History shows it the same way.
    await page.getByRole('button', { name: 'History' }).click();
    await page
      .getByRole('link', { name: /Northwind Traders/ })
      .or(page.getByRole('button', { name: /Northwind Traders/ }))
      .first()
      .press('Enter');
    await page.getByText('Check in the mail').first().waitFor();
    await page.getByText('10482', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('a trainee handles a dispute, with a promise for the part not in dispute', async () => {
    ({ session } = await openFreshApp());
    const { page } = session;
    const problems = collectPageProblems(page);

    await startCall(page, {
      customer: 'Contoso Freight',
      contact: 'Lee',
      invoice: 'INV-881',
      amountDue: '4,860.00',
    });
    await toggleStepWithKeyboard(page, 'Prepare');
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');

    await page.keyboard.press('Alt+Shift+D');
    const dispute = situation(page, 'Dispute');
    await dispute.waitFor();
    await dispute
      .getByText('No threats of legal action, even if they push back.')
      .waitFor({ state: 'attached' });
    const reason = dispute.getByLabel('Reason', { exact: true });
    await waitUntil(() => isFocused(reason), 'focus to move to "Reason"');
    await reason.selectOption({ label: 'Other' });
    await dispute.getByLabel('Reason: other', { exact: true }).focus();
    await page.keyboard.type('Freight charged twice');
    await dispute.getByLabel('Disputed amount', { exact: true }).focus();
    await page.keyboard.type('600');
    await dispute.getByLabel('Undisputed amount', { exact: true }).focus();
    await page.keyboard.type('4260');
    await dispute.getByLabel('Invoices covered', { exact: true }).focus();
    await page.keyboard.type('INV-881');
    await dispute.getByLabel('Documents requested', { exact: true }).focus();
    await page.keyboard.type('Both freight bills');
    await dispute.getByLabel('Owner', { exact: true }).focus();
    await page.keyboard.type('Sam in billing');
    const answerBy = isoDateFromToday(3);
    await typeDate(page, dispute.getByLabel('Get back to them by', { exact: true }), answerBy);

    // The undisputed part: a promise to pay, opened by key as well.
    await page.keyboard.press('Alt+Shift+P');
    const promise = situation(page, 'Promise to pay');
    await promise.waitFor();
    await waitUntil(
      () => isFocused(promise.getByLabel('Amount', { exact: true })),
      'focus on the promise',
    );
    await page.keyboard.type('4260');
    const payBy = isoDateFromToday(5);
    await typeDate(page, promise.getByLabel('Pay by', { exact: true }), payBy);
    await promise.getByLabel('Method', { exact: true }).selectOption({ label: 'ACH' });
    await waitForNotesSaved(page);

    await endCall(page, {
      outcome: 'Dispute',
      nextAction: 'Sam confirms the double freight charge',
      due: answerBy,
    });

    const stored = await newestStoredCall(page);
    expect(stored.captures.dispute).toMatchObject({
      reason: 'other',
      'reason:other': 'Freight charged twice',
      invoices: 'INV-881',
      documents: 'Both freight bills',
      owner: 'Sam in billing',
      'answer-by': answerBy,
    });
    expect(stored.captures['promise-to-pay']).toMatchObject({ 'pay-on': payBy, method: 'ach' });
    expect(stored.closing).toMatchObject({
      outcomeId: 'dispute',
      outcomeLabel: 'Dispute',
      action: { what: 'Sam confirms the double freight charge', dueOn: answerBy },
    });
    // Both commitments stay, each with its own date: the answer on the dispute, the payment.
    const followUps = stored.closing?.followUps ?? [];
    expect(followUps).toHaveLength(2);
    expect(followUps.find((row) => row.sectionId === 'dispute')).toMatchObject({
      who: 'Sam in billing',
      dueOn: answerBy,
    });
    expect(followUps.find((row) => row.sectionId === 'promise-to-pay')?.dueOn).toBe(payBy);
    expect(await stepCheckbox(page, 'Prepare').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
