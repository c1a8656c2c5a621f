import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import type { Closing } from '../../../../shared/domain/closing';
import { noAnswerClosing, startInput } from '../../../support/builders';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { TEST_NOW } from '../../../support/test-clock';
import { ACME_NOT_DUE, ACME_OVERDUE, importAging, type AgingLine } from './account-seeds';

// The test clock's today is Monday 23 November 2026.
const DAY = 86_400_000;

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

/**
 * Main with Acme Supplies imported today (two invoices) and a call two days ago, started by
 * name, in which Acme promised $1,250.00 for INV-0042 by 30 November.
 */
async function withAcme(): Promise<TestApi> {
  const testApi = createTestApi();
  await importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE, BRIGHT]);
  // Started by name alone: main links the call to the account the report made.
  testApi.control.seedEndedCall({
    customer: 'Acme Supplies',
    invoice: 'INV-0042',
    contact: 'Dana Reyes',
    startedAt: TEST_NOW - 2 * DAY,
    branchIds: ['promise-to-pay'],
    captures: { 'promise-to-pay': { amount: '1,250.00', 'pay-on': '2026-11-30' } },
    closing: promiseClosing,
  });
  return testApi;
}

const views = () => screen.getByRole('navigation', { name: 'Views' });
const finder = () => screen.getByRole('combobox', { name: 'Name, number, invoice or phone' });
const timeline = () => screen.getByRole('list', { name: 'Timeline for Acme Supplies' });
const entryTexts = () =>
  within(timeline())
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('timeline-entry'))
    .map((item) => item.textContent);

/** Renders the window on the Accounts view and picks Acme Supplies by typing. */
async function pickAcme(testApi: TestApi) {
  const user = userEvent.setup();
  const view = renderWithStores(<App />, testApi);
  await user.click(within(views()).getByRole('button', { name: 'Accounts' }));
  await user.type(finder(), 'acme');
  await waitFor(() => expect(finder()).toHaveAttribute('aria-expanded', 'true'));
  await user.keyboard('{Enter}');
  await screen.findByRole('list', { name: 'Timeline for Acme Supplies' });
  return { ...view, user };
}

describe('The account timeline', { timeout: 60_000 }, () => {
  it('shows the picked account’s calls, promises and invoice listings, newest first', async () => {
    await pickAcme(await withAcme());

    expect(
      within(timeline())
        .getAllByRole('heading', { level: 5 })
        .map((day) => day.textContent),
    ).toEqual(['Nov 23, 2026', 'Nov 21, 2026']);
    const entries = entryTexts();
    expect(entries.slice(0, 2).toSorted()).toEqual([
      'Invoice INV-0042 listed, $1,250.00',
      'Invoice INV-0050 listed, $300.00',
    ]);
    expect(entries[2]).toBe('Promise $1,250.00 by Nov 30, 2026 — PendingFor INV-0042');
    expect(entries[3]).toContain('Call');
    expect(entries[3]).toContain('with Dana Reyes: Promise to pay');
    expect(entries[3]).toContain('Next: Check the payment arrived, by Nov 30, 2026');
  });

  it('takes the keyboard to the timeline’s heading when it first shows', async () => {
    await pickAcme(await withAcme());

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Timeline for Acme Supplies' })).toHaveFocus(),
    );
    expect(finder()).toHaveValue('Acme Supplies');
  });

  it('says an invoice was closed as paid after a newer report leaves it out', async () => {
    const testApi = await withAcme();
    await pickAcme(testApi);

    testApi.control.advanceClock(2 * DAY);
    await importAging(testApi, [ACME_NOT_DUE, BRIGHT]);

    await waitFor(() => expect(entryTexts()[0]).toBe('Invoice INV-0042 closed as paid'));
    expect(within(timeline()).getAllByRole('heading', { level: 5 })[0]).toHaveTextContent(
      'Nov 25, 2026',
    );
    // Listed after its promise and gone by its date: the promise was kept.
    expect(within(timeline()).getByText('Kept')).toBeInTheDocument();
  });

  it('adds a call to the timeline when it ends', async () => {
    const testApi = await withAcme();
    await pickAcme(testApi);
    const before = entryTexts().length;

    // Main broadcasts the call as it starts and ends; the window's call view follows it too.
    await act(async () => {
      const started = await testApi.api.calls.start(
        startInput({ customer: 'Acme Supplies', accountNumber: 'AC-1001', contact: 'Sam Ortiz' }),
      );
      if (!started.ok) throw new Error(started.error.message);
      await testApi.api.calls.apply(started.value.id, {
        type: 'end',
        closing: noAnswerClosing('2026-11-24'),
      });
    });

    await waitFor(() => expect(entryTexts()).toHaveLength(before + 1));
    expect(entryTexts()[0]).toContain('with Sam Ortiz');
  });

  it('switches to History narrowed to the account', async () => {
    const { user } = await pickAcme(await withAcme());

    await user.click(screen.getByRole('button', { name: 'Show calls in History' }));

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName(
      'History',
    );
    expect(
      await screen.findByRole('button', { name: 'Remove the filter Account: Acme Supplies' }),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    const { container } = await pickAcme(await withAcme());

    const results = await axe.run(container);

    expect(results.violations).toEqual([]);
  });
});
