import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import type { Closing } from '../../../../shared/domain/closing';
import { formatMoney } from '../../../../shared/domain/money';
import { TEST_NOW } from '../../../support/test-clock';
import { createTestApi, type CallSeed } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const HOUR = 3_600_000;

const checkInMail: Closing = {
  outcomeId: 'check-in-mail',
  outcomeLabel: 'Check in the mail',
  action: { what: 'Check the payment has arrived', dueOn: '2026-11-25' },
  followUps: [],
};

// Main's read worker, started from the TypeScript source, can take seconds to answer first on a
// busy machine; every answer after that takes milliseconds.
const FIRST_ANSWER_MS = 15_000;
const TEST_MS = 30_000;

// Seeded in the order they happened, as main records calls when they start.
const calls: readonly CallSeed[] = [
  {
    customer: 'Acme Plumbing',
    invoice: 'INV-1001',
    amountDueCents: 125_000,
    startedAt: TEST_NOW - 3 * HOUR,
    branchIds: ['check-in-mail'],
    captures: {
      'check-in-mail': { 'mailed-on': '2026-11-16', 'check-number': '104522', amount: '1250' },
    },
    closing: checkInMail,
  },
  {
    customer: 'Birch Supply',
    invoice: 'INV-2207',
    startedAt: TEST_NOW - 2 * HOUR,
    notes: 'Asked for a copy of the invoice',
  },
  {
    customer: 'Cedar Farms',
    amountDueCents: 48_050,
    startedAt: TEST_NOW - HOUR,
    notes: 'wants a payment plan',
  },
];

async function renderHistory() {
  const testApi = createTestApi();
  for (const seed of calls) testApi.control.seedEndedCall(seed);
  const view = renderWithStores(<HistoryView />, testApi);
  const user = userEvent.setup();
  await screen.findByRole('list', { name: 'Past calls' }, { timeout: FIRST_ANSWER_MS });
  return { ...view, user };
}

const rowButtons = () =>
  within(screen.getByRole('list', { name: 'Past calls' })).getAllByRole('button');

const customers = () =>
  rowButtons().map((row) => row.querySelector('.history-row__customer')?.textContent);

const row = (customer: string) =>
  within(screen.getByRole('list', { name: 'Past calls' })).getByRole('button', {
    name: new RegExp(`^${customer}`),
  });

/** The texts marked as matching inside `element`, in order. */
const marked = (element: Element) =>
  [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

/** The excerpt that describes a row. */
function excerptOf(rowButton: HTMLElement): HTMLElement {
  const id = rowButton.getAttribute('aria-describedby');
  const excerpt = id === null ? null : document.getElementById(id);
  if (!excerpt) throw new Error('The row has no excerpt.');
  return excerpt;
}

async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), text);
}

describe('HistoryList', { timeout: TEST_MS }, () => {
  it('shows the invoice and the amount due on a row', async () => {
    await renderHistory();

    expect(row('Acme Plumbing')).toHaveTextContent(`Invoice INV-1001 · ${formatMoney(125_000)}`);
    // Either alone stands alone.
    expect(row('Birch Supply')).toHaveTextContent('Invoice INV-2207');
    expect(row('Birch Supply')).not.toHaveTextContent('$');
    expect(row('Cedar Farms').querySelector('.history-row__reference')).toHaveTextContent(
      /^\$480\.50$/,
    );
  });

  it('finds a call by a check number captured on it and shows the number marked in its excerpt', async () => {
    const { user } = await renderHistory();

    await search(user, '104522');

    await waitFor(() => expect(customers()).toEqual(['Acme Plumbing']));
    const excerpt = excerptOf(row('Acme Plumbing'));
    expect(marked(excerpt)).toEqual(['104522']);
    expect(within(excerpt).getByText('104522').tagName).toBe('MARK');
    expect(row('Acme Plumbing')).toHaveAccessibleDescription(expect.stringContaining('104522'));
  });

  it('finds a call by an amount typed with grouping and cents', async () => {
    const { user } = await renderHistory();

    await search(user, '1,250.00');

    await waitFor(() => expect(customers()).toEqual(['Acme Plumbing']));
  });

  it('finds a call by its invoice number and marks it on the row', async () => {
    const { user } = await renderHistory();

    await search(user, 'INV-2207');

    await waitFor(() => expect(customers()).toEqual(['Birch Supply']));
    const invoice = row('Birch Supply').querySelector('.history-row__invoice')!;
    expect(marked(invoice)).toEqual(['INV', '2207']);
  });

  it('marks the words of the customer’s name that match what was typed', async () => {
    const { user } = await renderHistory();

    await search(user, 'cedar fa');

    await waitFor(() => expect(customers()).toEqual(['Cedar Farms']));
    expect(marked(row('Cedar Farms').querySelector('.history-row__customer')!)).toEqual([
      'Cedar',
      'Farms',
    ]);
  });

  it('marks nothing and shows no excerpt without search words', async () => {
    await renderHistory();

    for (const button of rowButtons()) {
      expect(button.querySelector('mark')).toBeNull();
      expect(button).not.toHaveAttribute('aria-describedby');
    }
  });

  it('keeps the keyboard in the search box as rows come and go after returning from a call', async () => {
    const { user } = await renderHistory();
    await user.click(row('Cedar Farms'));
    await user.click(await screen.findByRole('button', { name: /Back to history/ }));
    await waitFor(() => expect(row('Cedar Farms')).toHaveFocus());
    const searchBox = screen.getByRole('searchbox', { name: 'Search calls' });

    await user.click(searchBox);
    await search(user, 'acme');
    await waitFor(() => expect(customers()).toEqual(['Acme Plumbing']));
    await user.clear(searchBox);
    await search(user, 'cedar');
    await waitFor(() => expect(customers()).toEqual(['Cedar Farms']));

    expect(searchBox).toHaveFocus();
  });

  it('has no axe violations with search results and their excerpts', async () => {
    const { user } = await renderHistory();
    await search(user, '104522');
    await waitFor(() => expect(customers()).toEqual(['Acme Plumbing']));

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
