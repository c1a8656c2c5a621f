import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { renderWithStores } from '../../../support/render';
import { seedFollowUps } from './render-follow-ups';
import { ALL } from './seeds';

// Each test starts main's real core, which is slow on a busy machine.
describe('useDueTitle', { timeout: 60_000 }, () => {
  it('counts what is due today and overdue in the window title', async () => {
    renderWithStores(<App />, await seedFollowUps(ALL));

    await waitFor(() => expect(document.title).toBe('Call Coach (3 due)'));
  });

  it('is just the name when nothing is due', async () => {
    document.title = 'Something else';
    renderWithStores(<App />, await seedFollowUps([]));

    await waitFor(() => expect(document.title).toBe('Call Coach'));
  });

  it('follows main’s news that the worklist changed', async () => {
    const testApi = await seedFollowUps(ALL);
    const { stores } = renderWithStores(<App />, testApi);
    await waitFor(() => expect(document.title).toBe('Call Coach (3 due)'));
    const cedar = stores.worklist
      .getState()
      .worklist!.items.find((item) => item.customer === 'Cedar Farms')!;

    // Done in another window: this one hears of it only through main's event.
    await act(() => testApi.api.worklist.done(cedar.id));

    await waitFor(() => expect(document.title).toBe('Call Coach (2 due)'));
  });
});
