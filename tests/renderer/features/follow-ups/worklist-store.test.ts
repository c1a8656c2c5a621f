import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorklistStore } from '../../../../renderer/features/follow-ups/worklist-store';
import { startInput } from '../../../support/builders';
import { seedFollowUps } from './render-follow-ups';
import { ACME, CEDAR } from './seeds';

const customers = (store: ReturnType<typeof createWorklistStore>) =>
  store.getState().worklist?.items.map((item) => item.customer);

// Each test starts main's real core, which is slow on a busy machine.
describe('createWorklistStore', { timeout: 60_000 }, () => {
  it('reads the list and its due count when connected', async () => {
    const store = createWorklistStore((await seedFollowUps([ACME, CEDAR])).api);

    store.getState().actions.connect();

    await waitFor(() => expect(store.getState().dueCount).toBe(2));
    expect(store.getState().worklist?.today).toBe('2026-11-23');
    expect(customers(store)?.sort()).toEqual(['Acme Ltd', 'Cedar Farms']);
  });

  it('holds the list as the action left it, though main’s change event asks for a read too', async () => {
    const testApi = await seedFollowUps([ACME, CEDAR]);
    const store = createWorklistStore(testApi.api);
    store.getState().actions.connect();
    await waitFor(() => expect(store.getState().worklist).not.toBeNull());
    const acme = store.getState().worklist!.items.find((item) => item.customer === 'Acme Ltd')!;

    expect(await store.getState().actions.done(acme)).toBe(true);

    expect(customers(store)).toEqual(['Cedar Farms']);
    expect(store.getState().status).toBe('Done: Acme Ltd — Call back about the check');
  });

  it('reads again when a call ends, which may have closed follow-ups', async () => {
    const testApi = await seedFollowUps([ACME, CEDAR]);
    const store = createWorklistStore(testApi.api);
    store.getState().actions.connect();
    await waitFor(() => expect(store.getState().worklist).not.toBeNull());
    const started = await testApi.api.calls.start(
      startInput({ customer: 'Acme Ltd', accountNumber: '' }),
    );
    if (!started.ok) throw new Error(started.error.message);

    await testApi.api.calls.apply(started.value.id, {
      type: 'end',
      closing: {
        outcomeId: 'paid-already',
        outcomeLabel: 'Paid already',
        action: { what: 'Look for the payment', dueOn: '2026-11-25' },
        followUps: [],
      },
    });

    // Calling Acme today took care of what was due for it; the call left its own follow-up.
    await waitFor(() =>
      expect(
        store
          .getState()
          .worklist?.items.map((item) => item.what)
          .sort(),
      ).toEqual(['Look for the payment', 'Send a copy of the invoice']),
    );
  });

  it('stops listening once the last caller disconnects', async () => {
    const testApi = await seedFollowUps([ACME]);
    const store = createWorklistStore(testApi.api);
    const disconnect = store.getState().actions.connect();
    await waitFor(() => expect(store.getState().dueCount).toBe(1));
    disconnect();
    const reads = testApi.control.requestsTo('worklist:read').length;

    await testApi.api.worklist.done(store.getState().worklist!.items[0]!.id);

    expect(testApi.control.requestsTo('worklist:read')).toHaveLength(reads);
    expect(store.getState().dueCount).toBe(1);
  });
});
