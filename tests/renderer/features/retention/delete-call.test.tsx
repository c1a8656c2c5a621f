import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '../../../../renderer/features/history/history-view';
import type { Closing } from '../../../../shared/domain/closing';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';

const DAY = 86_400_000;
// History and deletions answer from worker threads, which start from source and share the cores.
const SLOW_MS = 15_000;

/** A call that took a promise and left two follow-ups: the promise's and a callback. */
function promiseSeed(testApi: TestApi, customer: string): CallSeed {
  const payBy = new Date(testApi.control.now() + 3 * DAY).toISOString().slice(0, 10);
  const closing: Closing = {
    outcomeId: 'promise-to-pay',
    outcomeLabel: 'Promise to pay',
    action: { what: 'Call back about the rest', dueOn: payBy },
    followUps: [
      {
        sectionId: 'promise-to-pay',
        what: 'Confirm the promised payment has arrived',
        who: 'You',
        dueOn: payBy,
      },
    ],
  };
  return {
    customer,
    branchIds: ['promise-to-pay'],
    captures: { 'promise-to-pay': { amount: '800.00', 'pay-on': payBy } },
    closing,
  };
}

const pastCalls = () => screen.getByRole('list', { name: 'Past calls' });

async function openCall(testApi: TestApi, customer: string) {
  const user = userEvent.setup();
  const view = renderWithStores(<HistoryView />, testApi);
  await user.click(
    await within(
      await screen.findByRole('list', { name: 'Past calls' }, { timeout: SLOW_MS }),
    ).findByRole('button', { name: new RegExp(`^${customer}`) }, { timeout: SLOW_MS }),
  );
  await screen.findByRole('heading', { name: customer, level: 2 }, { timeout: SLOW_MS });
  return { ...view, user };
}

/** Main with two ended calls: Acme's with a promise and two follow-ups, and Birch's. */
function withCalls() {
  const testApi = createTestApi();
  const acme = testApi.control.seedEndedCall(promiseSeed(testApi, 'Acme Supply'));
  const birch = testApi.control.seedEndedCall({
    customer: 'Birch Dental',
    startedAt: testApi.control.now() - DAY,
  });
  return { testApi, acme, birch };
}

describe('Deleting a call from History', { timeout: 60_000 }, () => {
  it('asks first, saying what goes', async () => {
    const { testApi } = withCalls();
    const { user } = await openCall(testApi, 'Acme Supply');

    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this call?' });
    await waitFor(() =>
      expect(dialog).toHaveAccessibleDescription(
        'Deletes this call, its promise and 2 follow-ups. This cannot be undone.',
      ),
    );
  });

  it('takes the keyboard into the confirmation, on Cancel', async () => {
    const { testApi } = withCalls();
    const { user } = await openCall(testApi, 'Acme Supply');

    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this call?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('cancels on Escape, keeps the call and gives the keyboard back to the button', async () => {
    const { testApi, acme } = withCalls();
    const { user } = await openCall(testApi, 'Acme Supply');
    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));
    await screen.findByRole('alertdialog');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete this call…' })).toHaveFocus();
    // Still on the call: Escape closed only the confirmation.
    expect(screen.getByRole('heading', { name: 'Acme Supply', level: 2 })).toBeInTheDocument();
    expect(testApi.control.storedCall(acme.id)).not.toBeNull();
  });

  it('deletes the call once confirmed and goes back to a list without it', async () => {
    const { testApi, acme, birch } = withCalls();
    const { user } = await openCall(testApi, 'Acme Supply');
    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled(),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(
      () =>
        expect(
          within(pastCalls())
            .getAllByRole('button')
            .map((button) => button.textContent),
        ).toEqual([expect.stringMatching(/^Birch Dental/)]),
      { timeout: SLOW_MS },
    );
    expect(testApi.control.storedCall(acme.id)).toBeNull();
    expect(testApi.control.storedCall(birch.id)).not.toBeNull();
    expect(testApi.control.requestsTo('retention:delete-call')).toEqual([[acme.id]]);
  });

  it('says why when main refuses, and keeps the call', async () => {
    const { testApi, acme } = withCalls();
    const { user } = await openCall(testApi, 'Acme Supply');
    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled(),
    );
    testApi.control.failNext('retention:delete-call', {
      code: 'unavailable',
      message: 'The disk is full.',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert', {}, { timeout: SLOW_MS })).toHaveTextContent(
      'The disk is full.',
    );
    expect(testApi.control.storedCall(acme.id)).not.toBeNull();
  });

  it('has no axe violations with the confirmation open', async () => {
    const { testApi } = withCalls();
    const { user, container } = await openCall(testApi, 'Acme Supply');
    await user.click(screen.getByRole('button', { name: 'Delete this call…' }));
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(dialog).toHaveAccessibleDescription(/^Deletes this call/));

    const results = await axe.run(container, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
