import type { ServerResponse } from 'node:http';
import type { EventChannel, Events } from '../../shared/ipc/contract';

// Proxies and idle timeouts drop quiet streams; a comment line every so often keeps it open.
const KEEP_ALIVE_MS = 25_000;

/** Main's broadcasts for browser pages, as Server-Sent Events (one named event per channel). */
export interface EventHub {
  attach(response: ServerResponse): void;
  broadcast<E extends EventChannel>(channel: E, payload: Events[E]): void;
  close(): void;
}

export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    attach(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    broadcast(channel, payload) {
      const message = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(message);
    },
    close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
