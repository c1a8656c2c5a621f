import type { CallCoachApi } from '../../../shared/ipc/api';
import { requestChannels } from '../../../shared/ipc/channels';
import { START_UP_READS } from '../../../shared/ipc/start-up-reads';
import { fakeRendererElectron as electron } from '../../support/fake-electron-renderer';
import { buildCall, startInput } from '../../support/builders';

vi.mock('electron', async () => {
  const { fakeRendererElectron: fake } = await import('../../support/fake-electron-renderer');
  return fake.module;
});

let api: CallCoachApi;
let sentAsItLoaded: string[];

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = electron.exposed.get('callCoach') as CallCoachApi;
  sentAsItLoaded = electron.invocations.map((call) => call.channel);
  // The page's first read of each takes the answer sent early; from then on every call goes out.
  for (const channel of START_UP_READS) await methodFor(channel)();
});

beforeEach(() => {
  electron.reset();
});

function methodFor(channel: string): (...args: unknown[]) => Promise<unknown> {
  const [domain = '', verb = ''] = channel.split(':');
  const name = verb.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  const method = (api as unknown as Record<string, Record<string, unknown>>)[domain]?.[name];
  if (typeof method !== 'function') throw new Error(`No preload method for ${channel}`);
  return method as (...args: unknown[]) => Promise<unknown>;
}

describe('preload', () => {
  it('exposes exactly one global, callCoach', () => {
    expect([...electron.exposed.keys()]).toEqual(['callCoach']);
  });

  it('exposes no generic invoke, send or ipcRenderer', () => {
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('ipcRenderer');
    for (const group of Object.values(api as unknown as Record<string, object>)) {
      expect(group).not.toHaveProperty('invoke');
    }
  });

  it('sends the start-up reads as it loads, before the page asks', () => {
    expect(sentAsItLoaded).toEqual([...START_UP_READS]);
  });

  it('invokes the matching channel for every request method', async () => {
    for (const channel of requestChannels) await methodFor(channel)();

    expect(electron.invocations.map((call) => call.channel)).toEqual([...requestChannels]);
  });

  it('passes the arguments to ipcRenderer.invoke unchanged', async () => {
    await api.calls.apply('call-9', { type: 'check-step', stepId: 'acknowledge' });

    expect(electron.invocations).toEqual([
      { channel: 'calls:apply', args: ['call-9', { type: 'check-step', stepId: 'acknowledge' }] },
    ]);
  });

  it('resolves to the Result main answers', async () => {
    const answer = { ok: true, value: buildCall() };
    electron.answerWith(() => Promise.resolve(answer));

    await expect(api.calls.start(startInput())).resolves.toEqual(answer);
  });

  it('resolves to an unavailable Result instead of rejecting when invoke fails', async () => {
    electron.answerWith(() => Promise.reject(new Error('No handler registered for calls:start')));

    const result = await api.calls.start(startInput());

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unavailable');
  });

  it('gives event listeners only the payload, never the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.events.callChanged((...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: () => undefined }, senderId: 0, ports: [] };

    electron.emit('call:changed', ipcEvent, buildCall());
    unsubscribe();

    expect(received).toEqual([[buildCall()]]);
  });

  it('removes the ipcRenderer listener when unsubscribed', () => {
    const received: unknown[] = [];
    const unsubscribe = api.events.callChanged((call) => received.push(call));
    expect(electron.listenerCount('call:changed')).toBe(1);

    unsubscribe();
    electron.emit('call:changed', {}, buildCall());

    expect(electron.listenerCount('call:changed')).toBe(0);
    expect(received).toEqual([]);
  });

  it('unsubscribes only the listener it was returned for', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const unsubscribeFirst = api.events.callChanged((call) => first.push(call));
    const unsubscribeSecond = api.events.callChanged((call) => second.push(call));

    unsubscribeFirst();
    electron.emit('call:changed', {}, buildCall({ notes: 'after' }));
    unsubscribeSecond();

    expect(first).toEqual([]);
    expect(second).toEqual([buildCall({ notes: 'after' })]);
  });
});
