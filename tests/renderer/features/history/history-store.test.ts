import { HISTORY_PAGE_SIZE } from '../../../../shared/domain/history';
import { createHistoryStore } from '../../../../renderer/features/history/history-store';
import { createTestApi } from '../../../support/test-api';

function storeWithMoreThanAPage() {
  const testApi = createTestApi();
  for (let index = 0; index <= HISTORY_PAGE_SIZE; index += 1) {
    testApi.control.seedEndedCall({ customer: `Customer ${index}`, startedAt: 1_000 + index });
  }
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
});
