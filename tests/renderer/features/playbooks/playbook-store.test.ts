import { describe, expect, it } from 'vitest';
import {
  createPlaybookStore,
  snapshotKey,
} from '../../../../renderer/features/playbooks/playbook-store';
import type { CallCoachApi } from '../../../../shared/ipc/api';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { createTestApi } from '../../../support/test-api';

const westTeam = JSON.stringify({ ...defaultArPlaybook, name: 'West team call' });

describe('createPlaybookStore', () => {
  it('lists the imported version as soon as main answers, before any broadcast', async () => {
    const testApi = createTestApi();
    const store = createPlaybookStore(testApi.api);
    await store.getState().actions.load();

    await store.getState().actions.importFile('west.json', westTeam);

    expect(store.getState().playbooks.map((playbook) => [playbook.name, playbook.version])).toEqual(
      [['West team call', defaultArPlaybook.version + 1]],
    );
  });

  it('reports only the latest file when an earlier import answers after it', async () => {
    const testApi = createTestApi();
    let answerFirst = () => {};
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    // The first file's answer is held back until the second one has been answered.
    const api: CallCoachApi = {
      ...testApi.api,
      playbooks: {
        ...testApi.api.playbooks,
        import: async (text) => {
          if (text === 'not json') await firstAnswered;
          return testApi.api.playbooks.import(text);
        },
      },
    };
    const store = createPlaybookStore(api);
    const first = store.getState().actions.importFile('first.json', 'not json');
    await store.getState().actions.importFile('west.json', westTeam);

    answerFirst();
    await first;

    expect(store.getState().importState).toMatchObject({
      status: 'imported',
      fileName: 'west.json',
    });
  });

  it('keeps a failed export apart from the load error', async () => {
    const testApi = createTestApi();
    const store = createPlaybookStore(testApi.api);
    await store.getState().actions.load();
    testApi.control.failNext('playbooks:export', { code: 'not-found', message: 'Gone.' });

    const file = await store.getState().actions.exportFile(defaultArPlaybook.id);

    expect(file).toBeNull();
    expect(store.getState()).toMatchObject({ exportError: 'Gone.', error: null });
  });

  it('keeps a missing call version apart from the load error', async () => {
    const testApi = createTestApi();
    const store = createPlaybookStore(testApi.api);
    await store.getState().actions.load();

    // A version above every stored one: main has never had it.
    await store.getState().actions.ensureSnapshot(defaultArPlaybook.id, 9);

    expect(store.getState().error).toBeNull();
    expect(store.getState().snapshotErrors[snapshotKey(defaultArPlaybook.id, 9)]).toBe(
      'Version 9 of that playbook is not stored, so it can’t be shown.',
    );
  });
});
