import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import type { Closing } from '../../../../shared/domain/closing';
import { formatMoney } from '../../../../shared/domain/money';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { startInput } from '../../../support/builders';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const checkInMail: Closing = {
  outcomeId: 'check-in-mail',
  outcomeLabel: 'Check in the mail',
  action: { what: 'Check the payment has arrived', dueOn: '2026-11-25' },
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
  });

  it('says the call ended without an action when the caller confirmed there was none', async () => {
    await openSeeded({
      customer: 'Cedar Farms',
      closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null },
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
    for (const command of [
      { type: 'set-question', sectionId: 'prepare', index: 2, isAsked: true },
      { type: 'open-branch', branchId: 'check-in-mail' },
      { type: 'set-question', sectionId: 'check-in-mail', index: 1, isAsked: true },
      { type: 'set-question', sectionId: 'check-in-mail', index: 0, isAsked: true },
      { type: 'end', closing: checkInMail },
    ] as const) {
      await testApi.api.calls.apply(callId, command);
    }

    await openCall(testApi, 'Delta Foods');

    const asked = (region: string) =>
      within(screen.getByRole('region', { name: region }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(asked('Check in the mail')).toEqual([
      'When was it mailed?',
      'What is the check number?',
    ]);
    expect(asked('Prepare')).toEqual(['Who did we speak to last time, and what was agreed?']);
  });

  it('shows the stored values under their field ids when the playbook version cannot be loaded', async () => {
    // The call ran on version 2; version 3 came later, and the listing carries only the newest.
    const testApi = createTestApi();
    testApi.control.seedEndedCall(mailedCheck);
    const revised = { ...defaultArPlaybook, version: 3, description: 'Revised for the new team.' };
    const imported = await testApi.api.playbooks.import(JSON.stringify(revised));
    expect(imported.ok && imported.value.playbook.version).toBe(3);
    testApi.control.failNext('playbooks:get', {
      code: 'not-found',
      message: 'Version 2 of that playbook is not stored, so it can’t be shown.',
    });

    await openCall(testApi, mailedCheck.customer);

    const situation = await screen.findByRole('region', { name: 'check-in-mail' });
    expect(definitionsAround('mailed-on', situation)).toMatchObject({
      'mailed-on': '2026-11-16',
      'mailed-to': 'other',
      'mailed-to:other': 'Side door',
    });
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent(
      'Version 2 of that playbook is not stored',
    );
  });
});
