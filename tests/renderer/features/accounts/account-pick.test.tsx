import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { noAnswerClosing, startInput } from '../../../support/builders';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { ACME_NOT_DUE, ACME_OVERDUE, importAging, type AgingLine } from './account-seeds';

// The test clock's today is Monday 23 November 2026.
const ACME: readonly AgingLine[] = [ACME_OVERDUE, ACME_NOT_DUE];
const ACME_LABS: AgingLine = {
  customer: 'Acme Labs',
  accountNumber: 'AL-7',
  invoice: 'INV-0900',
  invoiceDate: '2026-11-01',
  dueOn: '2026-12-01',
  amount: '80.00',
};
const BRIGHT: AgingLine = {
  customer: 'Bright Dental',
  accountNumber: 'BD-2',
  invoice: 'INV-0100',
  invoiceDate: '2026-10-01',
  dueOn: '2026-11-01',
  amount: '99.00',
};

/** Main with Acme Supplies, Acme Labs and Bright Dental imported from an aging report. */
async function withAccounts(setUp?: (testApi: TestApi) => Promise<void>): Promise<TestApi> {
  const testApi = createTestApi();
  await importAging(testApi, [...ACME, ACME_LABS, BRIGHT]);
  await setUp?.(testApi);
  return testApi;
}

async function renderStartForm(testApi: TestApi) {
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  const startButton = await screen.findByRole('button', { name: 'Start call' });
  await waitFor(() => expect(startButton).toBeEnabled());
  return { ...view, user, startButton };
}

const customerField = () => screen.getByRole('combobox', { name: 'Customer (required)' });
const textbox = (name: string) => screen.getByRole('textbox', { name });
const accountList = () => screen.getByRole('listbox', { name: 'Matching accounts' });
const listedNames = () =>
  within(accountList())
    .getAllByRole('option')
    .map((option) => option.querySelector('.account-option__name')?.textContent);
const highlighted = () => within(accountList()).getByRole('option', { selected: true });

/** Types into Customer and waits for the accounts matching it to be listed. */
async function typeCustomer(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(customerField(), text);
  await waitFor(() => expect(customerField()).toHaveAttribute('aria-expanded', 'true'));
}

// Each test starts main's real core and imports a report, which is slow on a busy machine.
describe('The start form’s account pick-list', { timeout: 60_000 }, () => {
  it('lists the accounts whose name starts with what is typed, the first highlighted', async () => {
    const { user } = await renderStartForm(await withAccounts());

    await typeCustomer(user, 'acm');

    expect(listedNames().toSorted()).toEqual(['Acme Labs', 'Acme Supplies']);
    expect(highlighted()).toBe(within(accountList()).getAllByRole('option')[0]);
    expect(customerField()).toHaveAttribute('aria-activedescendant', highlighted().id);
  });

  it('shows each account’s number and what it has overdue', async () => {
    const { user } = await renderStartForm(await withAccounts());

    await typeCustomer(user, 'acme sup');

    expect(within(accountList()).getByRole('option')).toHaveAccessibleName(
      'Acme Supplies, AC-1001, $1,250.00 overdue',
    );
  });

  it('finds an account by an invoice number and says the invoice matched', async () => {
    const { user } = await renderStartForm(await withAccounts());

    await typeCustomer(user, 'INV-0100');

    expect(listedNames()).toEqual(['Bright Dental']);
    expect(highlighted()).toHaveTextContent('Invoice INV-0100');
  });

  it('asks main nothing while the field is empty', async () => {
    const { user, testApi } = await renderStartForm(await withAccounts());

    await user.type(customerField(), 'b');
    await user.clear(customerField());

    expect(testApi.control.requestsTo('accounts:pick')).toEqual([['b']]);
    expect(customerField()).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves the highlight with Down and Up', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acm');
    const [first, second] = within(accountList()).getAllByRole('option');

    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe(second);
    await user.keyboard('{ArrowUp}');

    expect(highlighted()).toBe(first);
    expect(customerField()).toHaveFocus();
  });

  it('picks the highlighted account with Enter, without starting the call', async () => {
    const { user, testApi } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acme su');

    await user.keyboard('{Enter}');

    expect(customerField()).toHaveValue('Acme Supplies');
    expect(customerField()).toHaveAttribute('aria-expanded', 'false');
    expect(textbox('Account number')).toHaveValue('AC-1001');
    expect(testApi.control.requestsTo('calls:start')).toEqual([]);
    expect(customerField()).toHaveFocus();
  });

  it('fills in the invoice overdue longest, its open amount and due date, from the account', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acme su');

    await user.keyboard('{Enter}');

    await waitFor(() => expect(textbox('Invoice')).toHaveValue('INV-0042'));
    expect(textbox('Amount due')).toHaveValue('$1,250.00');
    expect(screen.getByLabelText('Due date')).toHaveValue('10/15/2026');
  });

  it('fills in the first contact and the year they became a customer when the account has them', async () => {
    const testApi = await withAccounts(async ({ api }) => {
      // An earlier call with Acme Supplies named the contact and the year.
      const started = await api.calls.start(
        startInput({ customer: 'Acme Supplies', accountNumber: 'AC-1001', invoice: '' }),
      );
      if (!started.ok) throw new Error(started.error.message);
      await api.calls.apply(started.value.id, {
        type: 'end',
        closing: noAnswerClosing('2026-11-24'),
      });
    });
    const { user } = await renderStartForm(testApi);
    await typeCustomer(user, 'acme su');

    await user.keyboard('{Enter}');

    await waitFor(() => expect(textbox('Contact')).toHaveValue('Dana Reyes'));
    expect(textbox('Customer since')).toHaveValue('2014');
  });

  it('keeps a contact the caller already typed', async () => {
    const testApi = await withAccounts(async ({ api }) => {
      const started = await api.calls.start(
        startInput({ customer: 'Acme Supplies', accountNumber: 'AC-1001' }),
      );
      if (!started.ok) throw new Error(started.error.message);
      await api.calls.apply(started.value.id, {
        type: 'end',
        closing: noAnswerClosing('2026-11-24'),
      });
    });
    const { user } = await renderStartForm(testApi);
    await user.type(textbox('Contact'), 'Sam Ortiz');
    await typeCustomer(user, 'acme su');

    await user.keyboard('{Enter}');

    await waitFor(() => expect(textbox('Invoice')).toHaveValue('INV-0042'));
    expect(textbox('Contact')).toHaveValue('Sam Ortiz');
  });

  it('picks an account with a click', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'bright');

    await user.click(within(accountList()).getByRole('option'));

    expect(customerField()).toHaveValue('Bright Dental');
    expect(textbox('Account number')).toHaveValue('BD-2');
    expect(customerField()).toHaveFocus();
  });

  it('closes the list with Escape and keeps the text', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acm');

    await user.keyboard('{Escape}');

    expect(customerField()).toHaveAttribute('aria-expanded', 'false');
    expect(customerField()).not.toHaveAttribute('aria-activedescendant');
    expect(customerField()).toHaveValue('acm');
    expect(textbox('Account number')).toHaveValue('');
  });

  it('opens the list again with Down after Escape', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acm');
    await user.keyboard('{Escape}');

    await user.keyboard('{ArrowDown}');

    expect(customerField()).toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves with Tab without picking', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acm');

    await user.tab();

    expect(textbox('Contact')).toHaveFocus();
    expect(customerField()).toHaveValue('acm');
    expect(customerField()).toHaveAttribute('aria-expanded', 'false');
    expect(textbox('Account number')).toHaveValue('');
  });

  it('starts the call on the account picked', async () => {
    const { user, testApi, startButton, stores } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'bright');
    await user.keyboard('{Enter}');

    await user.click(startButton);

    await screen.findByRole('list', { name: 'Call steps' });
    const [input] = testApi.control.requestsTo('calls:start')[0] ?? [];
    expect(input).toMatchObject({ customer: 'Bright Dental', accountNumber: 'BD-2' });
    const bright = await testApi.api.accounts.pick('Bright Dental');
    expect(input?.accountId).toBe(bright.ok ? bright.value[0]?.id : 'no answer');
    expect(stores.call.getState().call?.accountId).toBe(input?.accountId);
  });

  it('starts the call with Enter once the account is picked', async () => {
    const { user, testApi } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'bright');

    await user.keyboard('{Enter}{Enter}');

    await screen.findByRole('list', { name: 'Call steps' });
    expect(testApi.control.requestsTo('calls:start')).toHaveLength(1);
  });

  it('forgets the pick and what it filled in when the name is changed after picking', async () => {
    const { user, testApi, startButton } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acme su');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(textbox('Invoice')).toHaveValue('INV-0042'));

    await user.type(customerField(), ' West');
    await user.keyboard('{Escape}');

    expect(customerField()).toHaveValue('Acme Supplies West');
    expect(textbox('Account number')).toHaveValue('');
    expect(textbox('Invoice')).toHaveValue('');
    await user.click(startButton);
    await screen.findByRole('list', { name: 'Call steps' });
    const [input] = testApi.control.requestsTo('calls:start')[0] ?? [];
    expect(input).not.toHaveProperty('accountId');
    expect(input?.customer).toBe('Acme Supplies West');
  });

  it('starts a call on a new account for a name nobody has yet', async () => {
    const { user, testApi, startButton } = await renderStartForm(await withAccounts());
    await user.type(customerField(), 'Zephyr Tools');

    await user.click(startButton);

    await screen.findByRole('list', { name: 'Call steps' });
    const [input] = testApi.control.requestsTo('calls:start')[0] ?? [];
    expect(input).not.toHaveProperty('accountId');
    const picks = await testApi.api.accounts.pick('Zephyr');
    expect(picks.ok && picks.value.map((pick) => pick.name)).toEqual(['Zephyr Tools']);
  });

  it('lists only the accounts for the newest text when an older answer comes last', async () => {
    const testApi = await withAccounts();
    let releaseFirst = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const slowFirst: TestApi = {
      ...testApi,
      api: {
        ...testApi.api,
        accounts: {
          ...testApi.api.accounts,
          pick: (text) =>
            text === 'a'
              ? firstHeld.then(() => testApi.api.accounts.pick(text))
              : testApi.api.accounts.pick(text),
        },
      },
    };
    const { user } = await renderStartForm(slowFirst);
    await user.type(customerField(), 'a');
    await user.type(customerField(), 'cme su');
    await waitFor(() => expect(listedNames()).toEqual(['Acme Supplies']));

    releaseFirst();
    await firstHeld;
    // The answer for "a" (every Acme) arrives last and is dropped.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(listedNames()).toEqual(['Acme Supplies']);
  });

  it('has no axe violations with the list open', async () => {
    const { user } = await renderStartForm(await withAccounts());
    await typeCustomer(user, 'acm');

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
