import { buildApi, type ApiTransport } from '../../../shared/ipc/api';
import { eventChannels, requestChannels } from '../../../shared/ipc/channels';
import type { EventChannel, RequestChannel } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/ipc/result';
import { buildCall, startInput } from '../../support/builders';

interface FakeTransport extends ApiTransport {
  readonly invocations: { channel: RequestChannel; args: readonly unknown[] }[];
  readonly subscriptions: { channel: EventChannel; listener: (payload: unknown) => void }[];
  readonly unsubscribed: EventChannel[];
}

function createFakeTransport(answer: Result<unknown> = ok('answer')): FakeTransport {
  const invocations: FakeTransport['invocations'] = [];
  const subscriptions: FakeTransport['subscriptions'] = [];
  const unsubscribed: EventChannel[] = [];
  return {
    invocations,
    subscriptions,
    unsubscribed,
    invoke(channel, args) {
      invocations.push({ channel, args });
      return Promise.resolve(answer);
    },
    subscribe(channel, listener) {
      subscriptions.push({ channel, listener });
      return () => unsubscribed.push(channel);
    },
  };
}

function methodOf(api: object, domain: string, name: string): unknown {
  return (api as Record<string, Record<string, unknown> | undefined>)[domain]?.[name];
}

describe('buildApi', () => {
  it('groups one method per request channel under its domain, named by the camel-cased verb', () => {
    const api = buildApi(createFakeTransport());

    for (const channel of requestChannels) {
      const [domain = '', verb = ''] = channel.split(':');
      const name = verb.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      expect(typeof methodOf(api, domain, name), channel).toBe('function');
    }
  });

  it('names event subscriptions after the camel-cased event channel', () => {
    const api = buildApi(createFakeTransport());

    expect(Object.keys(api.events).sort()).toEqual([
      'accountsChanged',
      'callChanged',
      'callsDeleted',
      'exportProgress',
      'hotkeyPressed',
      'importProgress',
      'overlayChanged',
      'playbooksChanged',
      'settingsChanged',
      'statusChanged',
      'viewRequested',
      'worklistChanged',
    ]);
    expect([...eventChannels].sort()).toEqual([
      'accounts:changed',
      'call:changed',
      'calls:deleted',
      'export:progress',
      'hotkey:pressed',
      'import:progress',
      'overlay:changed',
      'playbooks:changed',
      'settings:changed',
      'status:changed',
      'view:requested',
      'worklist:changed',
    ]);
  });

  it('exposes only the request domains and events, with no generic invoke', () => {
    const api = buildApi(createFakeTransport());
    const domains = [...new Set(requestChannels.map((channel) => channel.split(':')[0]))];

    expect(Object.keys(api).sort()).toEqual([...domains, 'events'].sort());
    expect(api).not.toHaveProperty('invoke');
  });

  it('passes the channel and every argument through to the transport', async () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    await api.calls.apply('call-7', { type: 'edit-notes', notes: 'Promised Friday' });

    expect(transport.invocations).toEqual([
      {
        channel: 'calls:apply',
        args: ['call-7', { type: 'edit-notes', notes: 'Promised Friday' }],
      },
    ]);
  });

  it('passes an empty argument list for a request that takes none', async () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    await api.app.status();

    expect(transport.invocations).toEqual([{ channel: 'app:status', args: [] }]);
  });

  it('resolves to the Result the transport answers', async () => {
    const call = buildCall();
    const api = buildApi(createFakeTransport(ok(call)));

    await expect(api.calls.start(startInput())).resolves.toEqual({ ok: true, value: call });
  });

  it('subscribes through the transport and hands back its unsubscribe', () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);
    const received: unknown[] = [];

    const unsubscribe = api.events.callChanged((call) => received.push(call));
    transport.subscriptions[0]!.listener(buildCall());
    unsubscribe();

    expect(transport.subscriptions.map((entry) => entry.channel)).toEqual(['call:changed']);
    expect(received).toEqual([buildCall()]);
    expect(transport.unsubscribed).toEqual(['call:changed']);
  });

  it('passes a settings patch through on settings:update', async () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    await api.settings.update({ coachingMode: 'expert' });

    expect(transport.invocations).toEqual([
      { channel: 'settings:update', args: [{ coachingMode: 'expert' }] },
    ]);
  });

  it('passes the file text through on playbooks:import', async () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    await api.playbooks.import('{"format":1}');

    expect(transport.invocations).toEqual([
      { channel: 'playbooks:import', args: ['{"format":1}'] },
    ]);
  });

  it('passes the playbook id and version through on playbooks:get', async () => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    await api.playbooks.get('default-ar', 2);

    expect(transport.invocations).toEqual([{ channel: 'playbooks:get', args: ['default-ar', 2] }]);
  });

  it.each([
    ['playbooksChanged', 'playbooks:changed'],
    ['settingsChanged', 'settings:changed'],
  ] as const)('subscribes %s to %s', (name, channel) => {
    const transport = createFakeTransport();
    const api = buildApi(transport);

    api.events[name](() => undefined);

    expect(transport.subscriptions.map((entry) => entry.channel)).toEqual([channel]);
  });
});
