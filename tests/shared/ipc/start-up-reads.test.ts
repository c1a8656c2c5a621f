import type { ApiTransport } from '../../../shared/ipc/api';
import type { EventChannel, RequestChannel } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/ipc/result';
import { withStartUpReads } from '../../../shared/ipc/start-up-reads';

/** A transport that answers each request with how many times main was asked so far. */
function countingTransport() {
  const asked: { channel: RequestChannel; args: readonly unknown[] }[] = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const transport: ApiTransport = {
    invoke(channel, args) {
      asked.push({ channel, args });
      return Promise.resolve(ok(asked.length) as Result<unknown>);
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  const broadcast = (channel: EventChannel) =>
    listeners.get(channel)?.forEach((listener) => listener({}));
  const listening = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  return { transport, asked, broadcast, listening };
}

const never = () => {};

describe('withStartUpReads', () => {
  it('asks main for the start-up reads at once, before the page asks', () => {
    const main = countingTransport();
    withStartUpReads(main.transport, { reads: ['calls:active', 'settings:get'], expire: never });
    expect(main.asked.map((request) => request.channel)).toEqual(['calls:active', 'settings:get']);
  });

  it("serves the page's first read from the early answer, and later ones from main", async () => {
    const main = countingTransport();
    const transport = withStartUpReads(main.transport, { reads: ['calls:active'], expire: never });
    expect(await transport.invoke('calls:active', [])).toEqual(ok(1));
    expect(await transport.invoke('calls:active', [])).toEqual(ok(2));
    expect(main.asked).toHaveLength(2);
  });

  it('asks main afresh when a broadcast came before the page read', async () => {
    const main = countingTransport();
    const transport = withStartUpReads(main.transport, { reads: ['calls:active'], expire: never });
    main.broadcast('call:changed');
    expect(await transport.invoke('calls:active', [])).toEqual(ok(2));
  });

  it('stops listening once every early answer is taken', async () => {
    const main = countingTransport();
    const transport = withStartUpReads(main.transport, { reads: ['calls:active'], expire: never });
    expect(main.listening()).toBeGreaterThan(0);
    await transport.invoke('calls:active', []);
    expect(main.listening()).toBe(0);
  });

  it('drops early answers when start-up is over', async () => {
    const main = countingTransport();
    let expire = () => {};
    const transport = withStartUpReads(main.transport, {
      reads: ['settings:get'],
      expire: (drop) => (expire = drop),
    });
    expire();
    expect(await transport.invoke('settings:get', [])).toEqual(ok(2));
    expect(main.listening()).toBe(0);
  });

  it('sends a read with arguments to main', async () => {
    const main = countingTransport();
    const transport = withStartUpReads(main.transport, { reads: ['calls:active'], expire: never });
    await transport.invoke('calls:history', [{ text: 'x' }]);
    expect(main.asked.at(-1)).toEqual({ channel: 'calls:history', args: [{ text: 'x' }] });
  });
});
