import type { CallCoachApi } from '../../../shared/ipc/api';
import { eventChannels, isRequestChannel, requestChannels } from '../../../shared/ipc/channels';
import { requestSchemas } from '../../../shared/ipc/schemas';
import { fakeRendererElectron } from '../../support/fake-electron-renderer';
import { createAppCore } from '../../../electron/main/app-core';
import { createFakeHost } from '../../electron/support/fake-host';
import { recordingPublish } from '../../electron/support/fixtures';
import { createRecordingLogger } from '../../support/ipc-fakes';
import { tempDirs } from '../../support/temp-dir';

vi.mock('electron', async () => {
  const { fakeRendererElectron: fake } = await import('../../support/fake-electron-renderer');
  return fake.module;
});

function camelCase(text: string): string {
  return text.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

async function loadPreloadApi(): Promise<CallCoachApi> {
  await import('../../../electron/preload/index');
  return fakeRendererElectron.exposed.get('callCoach') as CallCoachApi;
}

// The coverage check: every channel declared in the contract is validated, handled and
// exposed, so adding a channel without all three fails here (and mostly at compile time too).
// One test starts a real core, whose worker threads start from source through tsx.
describe('IPC contract', { timeout: 30_000 }, () => {
  it('has a zod schema for every request channel and for nothing else', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...requestChannels].sort());
  });

  it('has a main handler for every request channel and for nothing else', async () => {
    const dirs = tempDirs();
    const core = createAppCore({
      dataDir: dirs.make(),
      publish: recordingPublish().publish,
      log: createRecordingLogger(),
      host: createFakeHost(),
    });
    const { handlers } = core;
    await core.close();
    dirs.cleanup();

    expect(Object.keys(handlers).sort()).toEqual([...requestChannels].sort());
    for (const channel of requestChannels)
      expect(typeof handlers[channel], channel).toBe('function');
  });

  it('lists each request channel once, as domain:verb', () => {
    expect(new Set(requestChannels).size).toBe(requestChannels.length);
    for (const channel of requestChannels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('recognises exactly the listed request channels', () => {
    for (const channel of requestChannels) expect(isRequestChannel(channel)).toBe(true);
    expect(isRequestChannel('calls:delete-everything')).toBe(false);
    expect(isRequestChannel('toString')).toBe(false);
  });

  it('exposes the preload API under window.callCoach', async () => {
    await loadPreloadApi();

    expect([...fakeRendererElectron.exposed.keys()]).toEqual(['callCoach']);
  });

  it('has a preload method for every request channel', async () => {
    const api = (await loadPreloadApi()) as unknown as Record<string, Record<string, unknown>>;

    for (const channel of requestChannels) {
      const [domain = '', verb = ''] = channel.split(':');
      expect(typeof api[domain]?.[camelCase(verb)], channel).toBe('function');
    }
  });

  it('has a preload subscription for every event channel', async () => {
    const api = await loadPreloadApi();

    for (const channel of eventChannels) {
      const name = camelCase(channel.replace(':', '-'));
      expect(typeof (api.events as Record<string, unknown>)[name], channel).toBe('function');
    }
    expect(typeof api.events.callChanged).toBe('function');
  });

  it('routes every preload method to its own channel with its arguments', async () => {
    const api = (await loadPreloadApi()) as unknown as Record<
      string,
      Record<string, (...args: unknown[]) => Promise<unknown>>
    >;
    fakeRendererElectron.reset();

    for (const channel of requestChannels) {
      const [domain = '', verb = ''] = channel.split(':');
      await api[domain]![camelCase(verb)]!('first', 2);
    }

    expect(fakeRendererElectron.invocations).toEqual(
      requestChannels.map((channel) => ({ channel, args: ['first', 2] })),
    );
  });
});
