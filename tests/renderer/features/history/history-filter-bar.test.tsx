import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { callerLocale } from '../../../../renderer/ui/date-field';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import type { Closing } from '../../../../shared/domain/closing';
import { formatDateEntry } from '../../../../shared/domain/date-entry';
import { startInput } from '../../../support/builders';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { importAging } from '../accounts/account-seeds';

// Main's read worker, started from the TypeScript source, can take seconds to answer first on a
// busy machine; every answer after that takes milliseconds.
const FIRST_ANSWER_MS = 15_000;
const TEST_MS = 30_000;

/** 10:00 on a day of November 2026, in the machine's time zone (tests run on the 23rd). */
const november = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

const promiseToPay: Closing = {
  outcomeId: 'promise-to-pay',
  outcomeLabel: 'Promise to pay',
  action: { what: 'Confirm the promised payment has arrived', dueOn: '2026-11-27' },
  followUps: [],
};

const dispute: Closing = {
  outcomeId: 'dispute',
  outcomeLabel: 'Dispute',
  action: { what: 'Answer the dispute', dueOn: '2026-11-25' },
  followUps: [],
};

// Seeded in the order they happened; the ones without a closing ended as nobody answered.
const calls: readonly CallSeed[] = [
  { customer: 'Acme Plumbing', startedAt: november(2), closing: promiseToPay },
  { customer: 'Birch Supply', startedAt: november(10), closing: dispute },
  // The last minute of the 18th is still the 18th.
  { customer: 'Cedar Farms', startedAt: november(18, 23) + 59 * 60_000, durationMs: 30_000 },
  { customer: 'Delta Foods', startedAt: november(20), closing: promiseToPay },
];

async function renderHistory(testApi: TestApi = createTestApi()) {
  for (const seed of calls) testApi.control.seedEndedCall(seed);
  const view = renderWithStores(<HistoryView />, testApi);
  const user = userEvent.setup();
  await screen.findByRole('list', { name: 'Past calls' }, { timeout: FIRST_ANSWER_MS });
  return { ...view, user };
}

const customers = () =>
  within(screen.getByRole('list', { name: 'Past calls' }))
    .getAllByRole('button')
    .map((row) => row.querySelector('.history-row__customer')?.textContent);

const historyRegion = () => screen.getByRole('region', { name: 'History' });

/** A date as the caller types it, in the locale's order. */
const typed = (date: string) => formatDateEntry(date, callerLocale());

async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: /^Filters/ });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

describe('HistoryFilterBar', { timeout: TEST_MS }, () => {
  it('keeps the filters folded away until Filters is pressed', async () => {
    await renderHistory();

    expect(screen.getByRole('button', { name: 'Filters' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('combobox', { name: 'Outcome' })).not.toBeInTheDocument();
  });

  it('narrows the list to one outcome and counts the filter on the button', async () => {
    const { user } = await renderHistory();
    await openFilters(user);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Outcome' }),
      screen.getByRole('option', { name: 'Promise to pay' }),
    );

    await waitFor(() => expect(customers()).toEqual(['Delta Foods', 'Acme Plumbing']));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
  });

  it('offers the playbook’s outcomes, and Any', async () => {
    const { user } = await renderHistory();
    await openFilters(user);

    const options = within(screen.getByRole('combobox', { name: 'Outcome' }))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options.slice(0, 3)).toEqual(['Any', 'Promise to pay', 'Paid already']);
    expect(options).toContain('No answer');
  });

  it('narrows the list to the calls started between two days, both included', async () => {
    const { user } = await renderHistory();
    await openFilters(user);

    await user.type(screen.getByRole('textbox', { name: 'From' }), typed('2026-11-10'));
    await user.type(screen.getByRole('textbox', { name: 'To' }), typed('2026-11-18'));
    await user.tab();

    await waitFor(() => expect(customers()).toEqual(['Cedar Farms', 'Birch Supply']));
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
  });

  it('says a date that does not read as one is not applied', async () => {
    const { user } = await renderHistory();
    await openFilters(user);

    await user.type(screen.getByRole('textbox', { name: 'From' }), 'soon');
    await user.tab();

    expect(screen.getByRole('textbox', { name: 'From' })).toHaveAccessibleDescription(
      /Not a date, so not applied/,
    );
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(customers()).toHaveLength(4);
  });

  it('says which search and filters found nothing, and brings the list back on Clear filters', async () => {
    const { user } = await renderHistory();
    await openFilters(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Outcome' }),
      screen.getByRole('option', { name: 'Dispute' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'From' }), typed('2026-11-15'));
    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'birch');

    await waitFor(() =>
      expect(historyRegion()).toHaveTextContent(
        `No calls match “birch” (filters: outcome “Dispute”, started on or after ${formatIsoDate('2026-11-15')}).`,
      ),
    );
    // Folded, the filters leave their Clear button with the message.
    await user.click(screen.getByRole('button', { name: 'Filters (2)' }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(customers()).toEqual(['Birch Supply']));
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search calls' })).toHaveFocus();
  });

  it('empties the filter fields when Clear filters is pressed in the filters', async () => {
    const { user } = await renderHistory();
    await openFilters(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Outcome' }),
      screen.getByRole('option', { name: 'Promise to pay' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'To' }), typed('2026-11-05'));
    await waitFor(() => expect(customers()).toEqual(['Acme Plumbing']));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(customers()).toHaveLength(4));
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('');
  });

  it('shows the account History was narrowed to as a chip that lifts the filter', async () => {
    const testApi = createTestApi();
    await importAging(testApi, [
      {
        customer: 'Elm Hardware',
        accountNumber: 'EH-9',
        invoice: 'INV-77',
        dueOn: '2026-10-01',
        amount: '300.00',
      },
    ]);
    const started = await testApi.api.calls.start(
      startInput({ customer: 'Elm Hardware', accountNumber: 'EH-9', invoice: 'INV-77' }),
    );
    if (!started.ok) throw new Error(started.error.message);
    const accountId = started.value.accountId!;
    await testApi.api.calls.apply(started.value.id, { type: 'end', closing: dispute });
    const { user, stores } = await renderHistory(testApi);
    await waitFor(() => expect(customers()).toHaveLength(5));

    await act(() => stores.history.getState().actions.load({ accountId }));

    await waitFor(() => expect(customers()).toEqual(['Elm Hardware']));
    expect(await screen.findByText('Account: Elm Hardware')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Remove the filter Account: Elm Hardware' }),
    );

    await waitFor(() => expect(customers()).toHaveLength(5));
    expect(screen.queryByText(/^Account:/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
  });

  it('has no axe violations with the filters open and set', async () => {
    const { user } = await renderHistory();
    await openFilters(user);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Outcome' }),
      screen.getByRole('option', { name: 'Dispute' }),
    );
    await waitFor(() => expect(customers()).toEqual(['Birch Supply']));

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
