import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import type { Closing } from '../../../../shared/domain/closing';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { TEST_NOW } from '../../../support/test-clock';
import { ACME_NOT_DUE, ACME_OVERDUE, importAging, type AgingLine } from '../accounts/account-seeds';

const DAY = 86_400_000;
// The timeline and the deletion answer from worker threads, which start from source.
const SLOW_MS = 15_000;

const BRIGHT: AgingLine = {
  customer: 'Bright Dental',
  accountNumber: 'BD-2',
  invoice: 'INV-0100',
  dueOn: '2026-11-01',
  amount: '99.00',
};

const promiseClosing: Closing = {
  outcomeId: 'promise-to-pay',
  outcomeLabel: 'Promise to pay',
  action: { what: 'Check the payment arrived', dueOn: '2026-11-30' },
  followUps: [],
};

/** Acme Supplies (two invoices, one call with a promise) and Bright Dental (one invoice). */
async function withAccounts(): Promise<TestApi> {
  const testApi = createTestApi();
  await importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE, BRIGHT]);
  testApi.control.seedEndedCall({
    customer: 'Acme Supplies',
    invoice: 'INV-0042',
    startedAt: TEST_NOW - 2 * DAY,
    branchIds: ['promise-to-pay'],
    captures: { 'promise-to-pay': { amount: '1,250.00', 'pay-on': '2026-11-30' } },
    closing: promiseClosing,
  });
  return testApi;
}

const finder = () => screen.getByRole('combobox', { name: 'Name, number, invoice or phone' });

async function pick(testApi: TestApi, typed: string, name: string) {
  const user = userEvent.setup();
  const view = renderWithStores(<App />, testApi);
  const views = screen.getByRole('navigation', { name: 'Views' });
  await user.click(within(views).getByRole('button', { name: 'Accounts' }));
  await user.type(finder(), typed);
  await waitFor(() => expect(finder()).toHaveAttribute('aria-expanded', 'true'), {
    timeout: SLOW_MS,
  });
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { name: `Timeline for ${name}` }, { timeout: SLOW_MS });
  return { ...view, user };
}

async function askToDelete(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: 'Delete this account…' }));
  const dialog = await screen.findByRole('alertdialog', { name: `Delete ${name}?` });
  await waitFor(
    () => expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled(),
    {
      timeout: SLOW_MS,
    },
  );
  return dialog;
}

describe('Deleting an account', { timeout: 60_000 }, () => {
  it('asks first, naming the account and what goes with it', async () => {
    const { user } = await pick(await withAccounts(), 'acme', 'Acme Supplies');

    const dialog = await askToDelete(user, 'Acme Supplies');

    expect(dialog).toHaveAccessibleDescription(
      /^Deletes the account Acme Supplies with 1 call, 1 promise, .*2 invoices and 2 invoice changes\. This cannot be undone\.$/,
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('cancels on Escape and gives the keyboard back to the button', async () => {
    const testApi = await withAccounts();
    const { user } = await pick(testApi, 'acme', 'Acme Supplies');
    await askToDelete(user, 'Acme Supplies');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete this account…' })).toHaveFocus();
    expect(testApi.control.requestsTo('retention:delete-account')).toEqual([]);
  });

  it('deletes the account once confirmed, says so, and leaves other accounts alone', async () => {
    const testApi = await withAccounts();
    const { user } = await pick(testApi, 'acme', 'Acme Supplies');
    const dialog = await askToDelete(user, 'Acme Supplies');

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const notice = await screen.findByText(
      'Acme Supplies and everything on it were deleted.',
      {},
      { timeout: SLOW_MS },
    );
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Timeline for Acme Supplies' })).toBeNull();
    const picks = await testApi.api.accounts.pick('acme');
    expect(picks.ok && picks.value).toEqual([]);
    const bright = await testApi.api.accounts.pick('bright');
    expect(bright.ok && bright.value.map((account) => account.name)).toEqual(['Bright Dental']);
  });

  it('has no axe violations with the confirmation open', async () => {
    const { user, container } = await pick(await withAccounts(), 'acme', 'Acme Supplies');
    await askToDelete(user, 'Acme Supplies');

    const results = await axe.run(container, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
