import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../../renderer/features/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { createTestApi, type TestApiOptions } from '../../../support/test-api';

async function setup(options: TestApiOptions = {}) {
  const testApi = createTestApi(options);
  const store = createSettingsStore(testApi.api);
  store.getState().actions.connect();
  await store.getState().actions.load();
  // Every different `foldedWhy` the window showed, in order, from here on.
  const shown: (readonly string[])[] = [];
  let last = store.getState().settings.foldedWhy;
  store.subscribe(({ settings }) => {
    if (JSON.stringify(settings.foldedWhy) === JSON.stringify(last)) return;
    last = settings.foldedWhy;
    shown.push(last);
  });
  return { store, testApi, actions: store.getState().actions, shown };
}

describe('createSettingsStore', () => {
  it('folds a section at once, before main has answered, and main keeps it', async () => {
    const { store, testApi, actions } = await setup();
    const release = testApi.control.hold();

    const folding = actions.foldWhy('prepare', true);

    expect(store.getState().settings.foldedWhy).toEqual(['prepare']);
    release();
    await expect(folding).resolves.toBeNull();
    expect(testApi.control.storedSettings().foldedWhy).toEqual(['prepare']);
  });

  it('unfolds only the section named', async () => {
    const { store, testApi, actions } = await setup({
      settings: { foldedWhy: ['prepare', 'dispute'] },
    });

    await actions.foldWhy('prepare', false);

    expect(store.getState().settings.foldedWhy).toEqual(['dispute']);
    expect(testApi.control.storedSettings().foldedWhy).toEqual(['dispute']);
  });

  it('never shows a fold undone while quick folds are answered one by one', async () => {
    const { store, testApi, actions, shown } = await setup();
    const release = testApi.control.hold();

    const folds = [
      actions.foldWhy('prepare', true),
      actions.foldWhy('acknowledge', true),
      actions.foldWhy('empathize', true),
    ];
    release();
    await Promise.all(folds);

    expect(shown).toEqual([
      ['prepare'],
      ['prepare', 'acknowledge'],
      ['prepare', 'acknowledge', 'empathize'],
    ]);
    expect(store.getState().settings.foldedWhy).toEqual(['prepare', 'acknowledge', 'empathize']);
    expect(testApi.control.storedSettings().foldedWhy).toEqual([
      'prepare',
      'acknowledge',
      'empathize',
    ]);
  });

  it('puts main’s folds back and resolves with the reason when main refuses', async () => {
    const { store, testApi, actions } = await setup({ settings: { foldedWhy: ['dispute'] } });
    testApi.control.failNext('settings:update', { code: 'unavailable', message: 'Disk full.' });

    await expect(actions.foldWhy('prepare', true)).resolves.toBe('Disk full.');

    expect(store.getState().settings.foldedWhy).toEqual(['dispute']);
  });

  it('shows main’s settings once the newest change is answered, even when an older one was refused', async () => {
    const { store, testApi, actions } = await setup();
    testApi.control.failNext('settings:update', { code: 'unavailable', message: 'Disk full.' });
    const release = testApi.control.hold();

    const refused = actions.update({ theme: 'dark' });
    const kept = actions.foldWhy('prepare', true);
    release();

    await expect(refused).resolves.toBe('Disk full.');
    await expect(kept).resolves.toBeNull();
    expect(store.getState().settings).toEqual(testApi.control.storedSettings());
    expect(store.getState().settings).toMatchObject({ theme: 'system', foldedWhy: ['prepare'] });
  });

  it('takes another window’s change from main’s broadcast when nothing is on its way', async () => {
    const { store, testApi } = await setup();

    await testApi.api.settings.update({ foldedWhy: ['dispute'] });

    expect(store.getState().settings.foldedWhy).toEqual(['dispute']);
  });

  it('resets everything, folds included', async () => {
    const { store, actions } = await setup({ settings: { foldedWhy: ['prepare'], theme: 'dark' } });

    await expect(actions.reset()).resolves.toBeNull();

    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });
});
