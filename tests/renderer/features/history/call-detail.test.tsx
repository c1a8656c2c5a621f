import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import type { CallCommand } from '../../../../shared/domain/call';
import type { Closing } from '../../../../shared/domain/closing';
import type { FollowUp } from '../../../../shared/domain/follow-ups';
import { formatMoney } from '../../../../shared/domain/money';
import { findBranch, findPlaybookStep } from '../../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { startInput } from '../../../support/builders';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const checkInMail: Closing = {
  outcomeId: 'check-in-mail',
  outcomeLabel: 'Check in the mail',
  action: { what: 'Check the payment has arrived', dueOn: '2026-11-25' },
  followUps: [],
};

const mailedCheck: CallSeed = {
  customer: 'Acme Plumbing',
  contact: 'Dana Reyes',
  dueOn: '2026-10-15',
  branchIds: ['check-in-mail', 'promise-to-pay'],
  captures: {
    'check-in-mail': {
      'mailed-on': '2026-11-16',
      'check-number': '104522',
      amount: '1250',
      'mailed-to': 'other',
      'mailed-to:other': 'Side door',
      method: '',
      'follow-up-by': '2026-11-25',
    },
    // Closed again during the call; what was captured there is kept.
    dispute: { reason: 'pricing' },
    'follow-up': { 'recap-to': 'ap@acme.test' },
  },
  closing: checkInMail,
};

/** Opens the only call in history and waits for its details. */
async function openCall(testApi: TestApi, customer: string) {
  const user = userEvent.setup();
  const view = renderWithStores(<HistoryView />, testApi);
  const list = await screen.findByRole('list', { name: 'Past calls' });
  await user.click(within(list).getByRole('button', { name: new RegExp(`^${customer}`) }));
  await screen.findByRole('heading', { name: customer, level: 2 });
  return view;
}

async function openSeeded(seed: CallSeed, testApi = createTestApi()) {
  testApi.control.seedEndedCall(seed);
  return openCall(testApi, seed.customer);
}

/** The term → definition pairs of the description list that holds `term`. */
function definitionsAround(term: string, container: HTMLElement = document.body) {
  const dl = within(container).getByText(term, { selector: 'dt, dt *' }).closest('dl')!;
  return Object.fromEntries(
    within(dl)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

const facts = () => definitionsAround('Outcome');

describe('CallDetail', () => {
  it('shows the outcome and the next action with its due date', async () => {
    await openSeeded(mailedCheck);

    expect(facts()).toMatchObject({
      Outcome: 'Check in the mail',
      'Next action': `Check the payment has arrived — due ${formatIsoDate('2026-11-25')}`,
    });
    // No follow-ups (as every closing stored before they existed reads back): the next action
    // says it all.
    expect(screen.queryByRole('list', { name: 'Follow-ups' })).not.toBeInTheDocument();
  });

  describe('follow-ups', () => {
    const dispute: FollowUp = {
      sectionId: 'dispute',
      what: 'Answer the dispute',
      who: 'Sam in Sales',
      dueOn: '2026-11-25',
    };
    const promise: FollowUp = {
      sectionId: 'promise-to-pay',
      what: 'Confirm the payment arrived',
      who: 'You',
      dueOn: '2026-11-27',
    };
    const title = (branchId: string) => findBranch(defaultArPlaybook, branchId)?.title ?? '';
    const followUps = () =>
      within(screen.getByRole('list', { name: 'Follow-ups' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);

    it('shows both dates of a partial dispute, the headline marked', async () => {
      await openSeeded({
        customer: 'Birch Supply',
        branchIds: ['dispute', 'promise-to-pay'],
        captures: { dispute: { owner: 'Sam in Sales' } },
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: { what: promise.what, dueOn: promise.dueOn },
          followUps: [dispute, promise],
        },
      });

      expect(followUps()).toEqual([
        `Answer the dispute — Sam in Sales — due ${formatIsoDate('2026-11-25')} (${title('dispute')})`,
        `Next action: Confirm the payment arrived — You — due ${formatIsoDate('2026-11-27')} (${title('promise-to-pay')})`,
      ]);
      expect(facts()).toMatchObject({
        'Next action': `Confirm the payment arrived — due ${formatIsoDate('2026-11-27')}`,
      });
    });

    it('lists a headline that repeats no follow-up first, as the next action', async () => {
      await openSeeded({
        customer: 'Birch Supply',
        closing: {
          outcomeId: 'voicemail',
          outcomeLabel: 'Voicemail',
          action: { what: 'Call again', dueOn: '2026-11-24' },
          followUps: [dispute],
        },
      });

      expect(followUps()).toEqual([
        `Next action: Call again — You — due ${formatIsoDate('2026-11-24')}`,
        `Answer the dispute — Sam in Sales — due ${formatIsoDate('2026-11-25')} (${title('dispute')})`,
      ]);
    });

    it('names the situation by its id while the playbook version cannot be loaded', async () => {
      // As above: a newer version came after the call, and the call's own cannot be fetched.
      const testApi = createTestApi();
      testApi.control.seedEndedCall({
        customer: 'Birch Supply',
        closing: {
          outcomeId: 'dispute',
          outcomeLabel: 'Dispute',
          action: { what: dispute.what, dueOn: dispute.dueOn },
          followUps: [dispute],
        },
      });
      const revised = {
        ...defaultArPlaybook,
        version: defaultArPlaybook.version + 1,
        description: 'Revised for the team.',
      };
      expect((await testApi.api.playbooks.import(JSON.stringify(revised))).ok).toBe(true);
      testApi.control.failNext('playbooks:get', { code: 'not-found', message: 'Not stored.' });

      await openCall(testApi, 'Birch Supply');

      expect(followUps()).toEqual([
        `Next action: Answer the dispute — Sam in Sales — due ${formatIsoDate('2026-11-25')} (dispute)`,
      ]);
    });
  });

  it('says the call ended without an action when the caller confirmed there was none', async () => {
    await openSeeded({
      customer: 'Cedar Farms',
      closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] },
    });

    expect(facts()).toMatchObject({
      Outcome: 'Refused',
      'Next action': 'None — ended without an action',
    });
  });

  it('says no outcome was recorded and shows no next action for a call stored before outcomes', async () => {
    await openSeeded({ customer: 'Bright Dental', closing: null });

    expect(facts()).toMatchObject({ Outcome: 'No outcome recorded' });
    expect(facts()).not.toHaveProperty('Next action');
  });

  it('shows the contact, the invoice due date and how long they have been a customer', async () => {
    const testApi = createTestApi();
    const started = await testApi.api.calls.start(
      startInput({
        customer: 'Delta Foods',
        contact: 'Sam Lee',
        dueOn: '2026-10-15',
        customerSince: '2014',
      }),
    );
    if (!started.ok) throw new Error(started.error.message);
    await testApi.api.calls.apply(started.value.id, { type: 'end', closing: checkInMail });

    await openCall(testApi, 'Delta Foods');

    expect(facts()).toMatchObject({
      Contact: 'Sam Lee',
      'Invoice due': formatIsoDate('2026-10-15'),
      'Customer since': '2014',
    });
  });

  it('shows what was captured in a situation under its field labels, formatted', async () => {
    await openSeeded(mailedCheck);

    const situation = screen.getByRole('region', { name: 'Check in the mail' });
    expect(definitionsAround('Mailed on', situation)).toEqual({
      'Mailed on': formatIsoDate('2026-11-16'),
      'Check number': '104522',
      Amount: formatMoney(125_000),
      'Mailed to': 'Other: Side door',
      'Follow up by': formatIsoDate('2026-11-25'),
    });
  });

  it('shows a situation closed during the call when something was captured in it', async () => {
    await openSeeded(mailedCheck);

    const dispute = screen.getByRole('region', { name: 'Dispute' });
    expect(definitionsAround('Reason', dispute)).toEqual({ Reason: 'Price or rate is wrong' });
  });

  it('shows a situation that was opened even when nothing was written down in it', async () => {
    await openSeeded(mailedCheck);

    expect(screen.getByRole('region', { name: 'Promise to pay' })).toHaveTextContent(
      'Nothing was written down here.',
    );
    expect(
      screen.queryByRole('region', { name: 'Hardship / payment plan' }),
    ).not.toBeInTheDocument();
  });

  it('shows what was written down in a step’s form', async () => {
    await openSeeded(mailedCheck);

    const step = screen.getByRole('region', { name: 'Recap and follow up' });
    expect(definitionsAround('Recap goes to', step)).toEqual({ 'Recap goes to': 'ap@acme.test' });
  });

  it('lists the questions ticked as asked in each step and situation', async () => {
    const testApi = createTestApi();
    const started = await testApi.api.calls.start(startInput({ customer: 'Delta Foods' }));
    if (!started.ok) throw new Error(started.error.message);
    const callId = started.value.id;
    // The playbook's own questions, so the test holds as its wording changes.
    const mail = findBranch(defaultArPlaybook, 'check-in-mail')!;
    const prepare = findPlaybookStep(defaultArPlaybook, 'prepare')!;
    const commands: CallCommand[] = [
      {
        type: 'set-question',
        sectionId: 'prepare',
        index: prepare.questions.length - 1,
        isAsked: true,
      },
      { type: 'open-branch', branchId: 'check-in-mail' },
      // Ticked last to first: they read back in the playbook's order.
      ...mail.questions
        .map((_, index): CallCommand => ({
          type: 'set-question',
          sectionId: 'check-in-mail',
          index,
          isAsked: true,
        }))
        .reverse(),
      { type: 'end', closing: checkInMail },
    ];
    for (const command of commands) {
      const applied = await testApi.api.calls.apply(callId, command);
      if (!applied.ok) throw new Error(applied.error.message);
    }

    await openCall(testApi, 'Delta Foods');

    const asked = (region: string) =>
      within(screen.getByRole('region', { name: region }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(asked(mail.title)).toEqual(mail.questions);
    expect(asked(prepare.title)).toEqual([prepare.questions.at(-1)]);
  });

  it('shows the stored values under their field ids when the playbook version cannot be loaded', async () => {
    // The call ran on the built-in version; a newer one came later, and the listing carries only
    // the newest.
    const testApi = createTestApi();
    testApi.control.seedEndedCall(mailedCheck);
    const newer = defaultArPlaybook.version + 1;
    const revised = { ...defaultArPlaybook, version: newer, description: 'Revised for the team.' };
    const imported = await testApi.api.playbooks.import(JSON.stringify(revised));
    expect(imported.ok && imported.value.playbook.version).toBe(newer);
    testApi.control.failNext('playbooks:get', {
      code: 'not-found',
      message: `Version ${defaultArPlaybook.version} of that playbook is not stored, so it can’t be shown.`,
    });

    await openCall(testApi, mailedCheck.customer);

    const situation = await screen.findByRole('region', { name: 'check-in-mail' });
    expect(definitionsAround('mailed-on', situation)).toMatchObject({
      'mailed-on': '2026-11-16',
      'mailed-to': 'other',
      'mailed-to:other': 'Side door',
    });
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent(
      `Version ${defaultArPlaybook.version} of that playbook is not stored`,
    );
  });
});
