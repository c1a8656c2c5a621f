import { HISTORY_PAGE_SIZE, NO_FILTERS } from '../../../../shared/domain/history';
import { createHistoryStore } from '../../../../renderer/features/history/history-store';
import type { Closing } from '../../../../shared/domain/closing';
import { createTestApi, type TestApi } from '../../../support/test-api';

const refused: Closing = {
  outcomeId: 'refused',
  outcomeLabel: 'Refused',
  action: null,
  followUps: [],
};

// Main's read worker can take seconds to answer first on a busy machine.
const FIRST_ANSWER_TEST_MS = 30_000;

function seedMoreThanAPage(testApi: TestApi) {
  for (let index = 0; index <= HISTORY_PAGE_SIZE; index += 1) {
    testApi.control.seedEndedCall({ customer: `Customer ${index}`, startedAt: 1_000 + index });
  }
}

function storeWithMoreThanAPage() {
  const testApi = createTestApi();
  seedMoreThanAPage(testApi);
  return createHistoryStore(testApi.api);
}

describe('createHistoryStore', () => {
  it('offers a next page when there are more calls than fit on one', async () => {
    const store = storeWithMoreThanAPage();

    await store.getState().actions.load();

    expect(store.getState().items).toHaveLength(HISTORY_PAGE_SIZE);
    expect(store.getState().next).not.toBeNull();
  });

  it('drops the old list’s cursor as soon as a new search starts', async () => {
    const store = storeWithMoreThanAPage();
    await store.getState().actions.load();

    const searching = store.getState().actions.load('Customer 7');

    expect(store.getState()).toMatchObject({ status: 'loading', search: 'Customer 7', next: null });
    await searching;
  });

  it('remembers the call it opened so focus can return to its row', async () => {
    const store = storeWithMoreThanAPage();
    await store.getState().actions.load();
    const first = store.getState().items[0]!;

    await store.getState().actions.open(first.id);
    store.getState().actions.close();

    expect(store.getState()).toMatchObject({ selected: null, lastOpenedId: first.id });
  });

  it(
    'loads the next page with the same filters, from where the last one ended',
    async () => {
      const testApi = createTestApi();
      seedMoreThanAPage(testApi);
      testApi.control.seedEndedCall({
        customer: 'Zed Refuses',
        startedAt: 5_000,
        closing: refused,
      });
      const store = createHistoryStore(testApi.api);
      await store.getState().actions.setFilters({ outcomeId: 'no-answer' });
      const { next } = store.getState();

      await store.getState().actions.loadMore();

      const [query] = testApi.control.requestsTo('calls:history').at(-1)!;
      expect(query).toMatchObject({
        after: next,
        filters: { ...NO_FILTERS, outcomeId: 'no-answer' },
      });
      expect(store.getState().items).toHaveLength(HISTORY_PAGE_SIZE + 1);
      expect(store.getState().items.map((call) => call.customer)).not.toContain('Zed Refuses');
    },
    FIRST_ANSWER_TEST_MS,
  );

  it(
    'keeps the search and the other filters when narrowed to an account',
    async () => {
      const store = createHistoryStore(createTestApi().api);
      await store.getState().actions.load('Customer 7');
      await store.getState().actions.setFilters({ outcomeId: 'no-answer' });

      await store.getState().actions.load({ accountId: 3 });

      expect(store.getState()).toMatchObject({
        search: 'Customer 7',
        filters: { ...NO_FILTERS, outcomeId: 'no-answer', accountId: 3 },
      });
    },
    FIRST_ANSWER_TEST_MS,
  );

  it(
    'lifts every filter but keeps the search when the filters are cleared',
    async () => {
      const store = createHistoryStore(createTestApi().api);
      await store
        .getState()
        .actions.load({ search: 'acme', outcomeId: 'refused', from: '2026-11-01' });

      await store.getState().actions.clearFilters();

      expect(store.getState()).toMatchObject({ search: 'acme', filters: NO_FILTERS });
    },
    FIRST_ANSWER_TEST_MS,
  );

  it(
    'keeps only the answer to the latest filter change',
    async () => {
      const testApi = createTestApi();
      testApi.control.seedEndedCall({ customer: 'Acme Plumbing', startedAt: 1_000 });
      testApi.control.seedEndedCall({
        customer: 'Birch Supply',
        startedAt: 2_000,
        closing: refused,
      });
      const store = createHistoryStore(testApi.api);
      const release = testApi.control.hold();

      const first = store.getState().actions.setFilters({ outcomeId: 'no-answer' });
      const second = store.getState().actions.setFilters({ outcomeId: 'refused' });
      release();
      await Promise.all([first, second]);

      expect(store.getState().filters.outcomeId).toBe('refused');
      expect(store.getState().items.map((call) => call.customer)).toEqual(['Birch Supply']);
    },
    FIRST_ANSWER_TEST_MS,
  );
});
