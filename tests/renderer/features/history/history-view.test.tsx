import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import { formatIsoDate, localDate } from '../../../../shared/domain/calendar';
import { HISTORY_PAGE_SIZE } from '../../../../shared/domain/history';
import { formatDateTime } from '../../../../shared/domain/time-format';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 10, 20, 15, 0);

/** Intl may put a narrow no-break space before AM/PM; compare text with spaces collapsed. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function seedCalls(testApi: TestApi, seeds: readonly CallSeed[]) {
  return seeds.map((seed) => testApi.control.seedEndedCall(seed));
}

function renderHistory(seeds: readonly CallSeed[]) {
  const testApi = createTestApi();
  const calls = seedCalls(testApi, seeds);
  const view = renderWithStores(<HistoryView />, testApi);
  return { ...view, calls, user: userEvent.setup() };
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Past calls' }))
    .getAllByRole('button')
    .map((row) => collapse(row.textContent ?? ''));

// Seeded in the order they happened, as main records calls when they start.
const threeCalls: readonly CallSeed[] = [
  {
    customer: 'Acme Plumbing',
    invoice: 'INV-2207',
    startedAt: BASE,
    durationMs: 247_000,
    notes: 'Check #4411',
  },
  {
    customer: 'Cedar Farms',
    startedAt: BASE + HOUR,
    durationMs: 3_725_000,
    notes: 'wants a payment plan',
  },
  {
    customer: 'Bright Dental',
    accountNumber: 'BD-77',
    startedAt: BASE + 2 * HOUR,
    durationMs: 65_000,
    checkedSteps: { acknowledge: 5_000, empathize: 20_000, recognition: 40_000 },
  },
];

/** One more call than fits on a page. */
const pageAndOne: readonly CallSeed[] = Array.from(
  { length: HISTORY_PAGE_SIZE + 1 },
  (_, index) => ({
    customer: `Customer ${String(index).padStart(2, '0')}`,
    startedAt: BASE + index * HOUR,
  }),
);
// Role queries over a full page of rows are slow in jsdom, more so when suites run in parallel.
const FULL_PAGE_TEST_MS = 20_000;

describe('HistoryView', () => {
  it('lists ended calls newest first with customer, date, duration and steps done', async () => {
    renderHistory(threeCalls);

    await screen.findByRole('list', { name: 'Past calls' });

    // Seeded calls end as nobody answered, to try again the day they ended.
    const tryAgain = (endedAt: number) =>
      `No answer · next action due ${formatIsoDate(localDate(endedAt))}`;
    expect(rows()).toEqual([
      collapse(
        `Bright Dental${formatDateTime(BASE + 2 * HOUR)} · 1:05 · 3 of 7 steps${tryAgain(BASE + 2 * HOUR + 65_000)}`,
      ),
      collapse(
        `Cedar Farms${formatDateTime(BASE + HOUR)} · 1:02:05 · 0 of 7 steps${tryAgain(BASE + HOUR + 3_725_000)}`,
      ),
      collapse(
        `Acme PlumbingInvoice INV-2207${formatDateTime(BASE)} · 4:07 · 0 of 7 steps${tryAgain(BASE + 247_000)}`,
      ),
    ]);
  });

  it('shows the outcome and when the next action is due on each row', async () => {
    renderHistory([
      {
        customer: 'Acme Plumbing',
        startedAt: BASE,
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: { what: 'Confirm the promised payment has arrived', dueOn: '2026-11-27' },
          followUps: [],
        },
      },
    ]);

    await screen.findByRole('list', { name: 'Past calls' });

    expect(rows()[0]).toMatch(
      new RegExp(`stepsPromise to pay · next action due ${formatIsoDate('2026-11-27')}$`),
    );
  });

  it('says no outcome was recorded on the row of a call that ended without one', async () => {
    renderHistory([{ customer: 'Acme Plumbing', startedAt: BASE, closing: null }]);

    await screen.findByRole('list', { name: 'Past calls' });

    expect(rows()[0]).toMatch(/stepsNo outcome recorded$/);
  });

  it('says there are no calls yet when history is empty', async () => {
    renderHistory([]);

    const region = screen.getByRole('region', { name: 'History' });
    await waitFor(() => expect(region).toHaveTextContent('No calls yet. Ended calls appear here.'));
    expect(screen.queryByRole('list', { name: 'Past calls' })).not.toBeInTheDocument();
  });

  it('narrows the list to matching calls when a search is typed', async () => {
    const { user } = renderHistory(threeCalls);
    await screen.findByRole('list', { name: 'Past calls' });

    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'bd-77');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toMatch(/^Bright Dental/);
  });

  it('finds calls by what their notes say', async () => {
    const { user } = renderHistory(threeCalls);
    await screen.findByRole('list', { name: 'Past calls' });

    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'PAYMENT PLAN');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toMatch(/^Cedar Farms/);
  });

  it('says which search found nothing when a search finds no calls', async () => {
    const { user } = renderHistory(threeCalls);
    await screen.findByRole('list', { name: 'Past calls' });

    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'zebra');

    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent(
        'No calls match “zebra”.',
      ),
    );
    // Only filters can be cleared, and none is set.
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it(
    'loads the next page when Show older calls is pressed',
    async () => {
      const { user } = renderHistory(pageAndOne);
      await screen.findByRole('list', { name: 'Past calls' });
      expect(rows()).toHaveLength(HISTORY_PAGE_SIZE);

      await user.click(screen.getByRole('button', { name: 'Show older calls' }));

      await waitFor(() => expect(rows()).toHaveLength(HISTORY_PAGE_SIZE + 1));
      expect(rows().at(-1)).toMatch(/^Customer 00/);
      expect(screen.queryByRole('button', { name: 'Show older calls' })).not.toBeInTheDocument();
    },
    FULL_PAGE_TEST_MS,
  );

  it(
    'can show older calls again when a search replaced the list while a page was loading',
    async () => {
      const { user, testApi } = renderHistory(pageAndOne);
      const showOlder = await screen.findByRole('button', { name: 'Show older calls' });
      const release = testApi.control.hold();
      await user.click(showOlder);
      await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'cust');
      await waitFor(() =>
        expect(testApi.control.requestsTo('calls:history').at(-1)?.[0].search).toBe('cust'),
      );

      release();

      // The search's own list (every customer matches "cust") offers its next page again.
      expect(await screen.findByRole('button', { name: 'Show older calls' })).toBeEnabled();
    },
    FULL_PAGE_TEST_MS,
  );

  it('shows which steps were done and which were not when a call is opened', async () => {
    const { user } = renderHistory(threeCalls);
    const list = await screen.findByRole('list', { name: 'Past calls' });

    await user.click(within(list).getByRole('button', { name: /^Bright Dental/ }));

    const steps = await screen.findByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => collapse(item.textContent ?? '')),
    ).toEqual([
      '○ Prepare — not done',
      '✓ Acknowledge the issue — done at 0:05',
      '✓ Empathize — done at 0:20',
      '✓ Give recognition — done at 0:40',
      '○ Probe "the check is in the mail" — not done',
      '○ Leave an action — not done',
      '○ Recap and follow up — not done',
    ]);
  });

  it('shows the notes in a read-only textbox when a call is opened', async () => {
    const { user } = renderHistory(threeCalls);
    const list = await screen.findByRole('list', { name: 'Past calls' });

    await user.click(within(list).getByRole('button', { name: /^Cedar Farms/ }));

    const notes = await screen.findByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveValue('wants a payment plan');
    expect(notes).toHaveAttribute('readonly');
  });

  it('moves focus to the call’s heading when a call is opened', async () => {
    const { user } = renderHistory(threeCalls);
    const list = await screen.findByRole('list', { name: 'Past calls' });

    await user.click(within(list).getByRole('button', { name: /^Cedar Farms/ }));

    expect(await screen.findByRole('heading', { name: 'Cedar Farms', level: 2 })).toHaveFocus();
  });

  it('returns to the list when Back to history is pressed', async () => {
    const { user } = renderHistory(threeCalls);
    const list = await screen.findByRole('list', { name: 'Past calls' });
    await user.click(within(list).getByRole('button', { name: /^Cedar Farms/ }));

    await user.click(await screen.findByRole('button', { name: /Back to history/ }));

    expect(await screen.findByRole('list', { name: 'Past calls' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
  });

  it('puts focus back on the opened call’s row when Back to history is pressed', async () => {
    const { user } = renderHistory(threeCalls);
    const list = await screen.findByRole('list', { name: 'Past calls' });
    await user.click(within(list).getByRole('button', { name: /^Cedar Farms/ }));

    await user.click(await screen.findByRole('button', { name: /Back to history/ }));

    expect(await screen.findByRole('button', { name: /^Cedar Farms/ })).toHaveFocus();
  });

  it('keeps the search when returning from a call', async () => {
    const { user } = renderHistory(threeCalls);
    await screen.findByRole('list', { name: 'Past calls' });
    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'cedar');
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: /^Cedar Farms/ }));

    await user.click(await screen.findByRole('button', { name: /Back to history/ }));

    expect(await screen.findByRole('searchbox', { name: 'Search calls' })).toHaveValue('cedar');
    await waitFor(() => expect(rows()).toHaveLength(1));
  });
});
