import type { ServerResponse } from 'node:http';
import { createEventHub } from '../../../electron/preview/event-hub';
import { buildCall } from '../../support/builders';

/** Just enough of a ServerResponse for the hub: records what is written and when it ends. */
function createFakeResponse() {
  const closeListeners: (() => void)[] = [];
  const fake = {
    status: 0,
    headers: {} as Record<string, string>,
    written: [] as string[],
    isEnded: false,
    writeHead(status: number, headers: Record<string, string>) {
      fake.status = status;
      fake.headers = headers;
      return fake;
    },
    write(chunk: string) {
      fake.written.push(chunk);
      return true;
    },
    end() {
      fake.isEnded = true;
      return fake;
    },
    on(event: string, listener: () => void) {
      if (event === 'close') closeListeners.push(listener);
      return fake;
    },
    /** Plays the browser going away. */
    disconnect() {
      for (const listener of closeListeners) listener();
    },
    asResponse: () => fake as unknown as ServerResponse,
  };
  return fake;
}

describe('createEventHub', () => {
  it('opens an event stream when a client attaches', () => {
    const hub = createEventHub();
    const client = createFakeResponse();

    hub.attach(client.asResponse());
    hub.close();

    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(client.written[0]).toBe(': connected\n\n');
  });

  it('sends a broadcast to every attached client as a named event', () => {
    const hub = createEventHub();
    const first = createFakeResponse();
    const second = createFakeResponse();
    hub.attach(first.asResponse());
    hub.attach(second.asResponse());

    hub.broadcast('call:changed', buildCall());
    hub.close();

    const message = `event: call:changed\ndata: ${JSON.stringify(buildCall())}\n\n`;
    expect(first.written).toContain(message);
    expect(second.written).toContain(message);
  });

  it('stops writing to a client that disconnected', () => {
    const hub = createEventHub();
    const client = createFakeResponse();
    hub.attach(client.asResponse());

    client.disconnect();
    hub.broadcast('call:changed', buildCall());
    hub.close();

    expect(client.written).toEqual([': connected\n\n']);
    expect(client.isEnded).toBe(false);
  });

  it('ends every open stream when closed', () => {
    const hub = createEventHub();
    const client = createFakeResponse();
    hub.attach(client.asResponse());

    hub.close();

    expect(client.isEnded).toBe(true);
  });
});
