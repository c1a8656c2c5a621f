import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import type { Closing } from '../../../../shared/domain/closing';
import { startInput } from '../../../support/builders';
import {
  followUpsRegion,
  renderFollowUps,
  focusRowOf,
  rowOf,
  statusLine,
} from './render-follow-ups';
import { ALL } from './seeds';

const views = () => screen.getByRole('navigation', { name: 'Views' });
const startForm = () => screen.getByRole('form', { name: 'Start a call' });

const callbackClosing: Closing = {
  outcomeId: 'callback-requested',
  outcomeLabel: 'Callback requested',
  action: { what: 'Check the remittance arrived', dueOn: '2026-12-01' },
  followUps: [],
};

// Each test starts main's real core, which is slow on a busy machine.
describe('Calling about a follow-up', { timeout: 60_000 }, () => {
  it('opens the start form filled in for the account on Enter, with what it is about', async () => {
    const { user } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');

    await user.keyboard('{Enter}');

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName('Call');
    expect(within(startForm()).getByRole('combobox', { name: /^Customer/ })).toHaveValue(
      'Delta Dental',
    );
    expect(startForm()).toHaveTextContent(
      `Following up: Ask whether the remittance went out, due ${formatIsoDate('2026-11-27')}`,
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start call' })).toHaveFocus());
  });

  it('says on the start form when the follow-up is a broken promise', async () => {
    const { user } = await renderFollowUps(ALL);
    focusRowOf('Birch Supply');

    await user.keyboard('{Enter}');

    expect(within(startForm()).getByText('Promise broken')).toBeInTheDocument();
    expect(startForm()).toHaveTextContent(
      'Following up: Confirm the promised payment has arrived, due',
    );
  });

  it('starts the call with the follow-up’s id, keeps it on the call, and ending the call closes it', async () => {
    const { user, testApi, stores } = await renderFollowUps(ALL);
    const delta = stores.worklist
      .getState()
      .worklist!.items.find((item) => item.customer === 'Delta Dental')!;
    focusRowOf('Delta Dental');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start call' })).toHaveFocus());

    await user.keyboard('{Enter}');

    const section = await screen.findByRole('region', { name: 'Delta Dental' });
    expect(testApi.control.requestsTo('calls:start').map(([input]) => input.followUpId)).toEqual([
      delta.id,
    ]);
    expect(section).toHaveTextContent('Following up: Ask whether the remittance went out');

    await act(() => stores.call.getState().actions.end(callbackClosing));
    await user.click(within(views()).getByRole('button', { name: 'Follow-ups' }));

    await waitFor(() =>
      expect(
        within(followUpsRegion()).queryByText('Ask whether the remittance went out'),
      ).toBeNull(),
    );
    expect(rowOf('Delta Dental')).toHaveTextContent('Check the remittance arrived');
  });

  it('lets the follow-up go when the caller types another customer, so that call cannot close it', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');
    await user.keyboard('{Enter}');
    const customer = within(startForm()).getByRole('combobox', { name: /^Customer/ });

    await user.clear(customer);
    await user.type(customer, 'Echo Bakery');
    await user.click(screen.getByRole('button', { name: 'Start call' }));

    await screen.findByRole('region', { name: 'Echo Bakery' });
    expect(screen.queryByText(/^Following up:/)).toBeNull();
    expect(testApi.control.requestsTo('calls:start').map(([input]) => input.followUpId)).toEqual([
      undefined,
    ]);
  });

  it('stays on the list and says why when a call is already in progress', async () => {
    const { user, testApi, stores } = await renderFollowUps(ALL);
    // Started in another window: main tells this one.
    await act(() => testApi.api.calls.start(startInput({ customer: 'Echo Bakery' })));
    await waitFor(() => expect(stores.call.getState().call).not.toBeNull());
    focusRowOf('Acme Ltd');

    await user.keyboard('{Enter}');

    expect(statusLine()).toHaveTextContent('A call is in progress.');
    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName(
      'Follow-ups',
    );
  });
});
