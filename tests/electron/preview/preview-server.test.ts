import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dispatch } from '../../../electron/main/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';
import { createEventHub, type EventHub } from '../../../electron/preview/event-hub';
import {
  BRIDGE_FILE_NAME,
  createPreviewServer,
  isAllowedRequest,
  MAX_BODY_BYTES,
} from '../../../electron/preview/preview-server';
import { ok } from '../../../shared/ipc/result';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../../shared/playbooks/playbook-schema';
import { buildCall, startInput } from '../../support/builders';

interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface RequestOptions {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

// node:http rather than fetch: fetch will not let a test set the Host header.
function send(port: number, options: RequestOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

interface RawAnswer {
  readonly statusLine: string;
  readonly headers: ReadonlyMap<string, string>;
  /** Everything after the head, as sent (chunked framing included). */
  readonly rest: string;
}

/**
 * Writes `head` to the server as bytes, exactly as given, and reads until the server closes.
 * For requests node:http would refuse to send.
 */
function sendRaw(port: number, head: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({ statusLine, headers, rest: text.slice(end + 4) });
    });
    socket.end(Buffer.from(head, 'latin1'));
  });
}

/**
 * A POST that declares a body one byte over the limit and sends only its first bytes: the server
 * must refuse it from its Content-Length, without waiting for the rest.
 */
function postDeclaredTooLarge(port: number, channel: string): Promise<RawAnswer> {
  return sendRaw(
    port,
    `POST /api/invoke/${channel} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n["x`,
  );
}

/** A GET with the given request target, a Host we answer to, and the connection then closed. */
function rawGet(port: number, target: string): Promise<RawAnswer> {
  return sendRaw(
    port,
    `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
  );
}

function post(port: number, channel: string, body: string, headers: Record<string, string> = {}) {
  return send(port, {
    method: 'POST',
    path: `/api/invoke/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

interface EventStream {
  readonly response: IncomingMessage;
  text(): string;
  /** Resolves once the stream has carried this text. */
  waitFor(needle: string): Promise<void>;
  close(): void;
}

/** Opens the event stream and resolves once the server has attached it. */
function openEventStream(port: number): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/events', agent: false },
      (response) => {
        let received = '';
        const waiters: { needle: string; done: () => void }[] = [];
        const check = () => {
          for (const waiter of [...waiters]) {
            if (received.includes(waiter.needle)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.done();
            }
          }
        };
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          received += chunk;
          check();
        });
        const stream: EventStream = {
          response,
          text: () => received,
          waitFor: (needle: string) =>
            new Promise<void>((done) => {
              waiters.push({ needle, done });
              check();
            }),
          close: () => req.destroy(),
        };
        void stream.waitFor(': connected').then(() => resolve(stream));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface DispatchCall {
  readonly channel: string;
  readonly args: readonly unknown[];
}

let workDir: string;
let server: Server;
let events: EventHub;
let port: number;
let dispatched: DispatchCall[];

beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'call-coach-preview-'));
  const rendererDir = path.join(workDir, 'renderer');
  const bridgeDir = path.join(workDir, 'preview');
  await mkdir(rendererDir);
  await mkdir(bridgeDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html>\n<html>\n  <head>\n    <title>Call Coach</title>\n    <script type="module" src="./x.js"></script>\n  </head>\n  <body></body>\n</html>\n',
  );
  await writeFile(path.join(rendererDir, 'x.js'), 'export const x = 1;');
  await writeFile(path.join(bridgeDir, BRIDGE_FILE_NAME), 'window.callCoach = {};');
  await writeFile(path.join(workDir, 'secret.txt'), 'not for the browser');

  dispatched = [];
  const dispatch: Dispatch = (channel, args) => {
    dispatched.push({ channel, args });
    return Promise.resolve(ok(buildCall()));
  };
  events = createEventHub();
  server = createPreviewServer({
    rendererDir,
    bridgeFile: path.join(bridgeDir, BRIDGE_FILE_NAME),
    dispatch,
    events,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  events.close();
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  await rm(workDir, { recursive: true, force: true });
});

describe('isAllowedRequest', () => {
  it('allows the loopback address on our port', () => {
    expect(isAllowedRequest({ host: '127.0.0.1:4780' }, 4780)).toBe(true);
  });

  it('allows localhost on our port', () => {
    expect(isAllowedRequest({ host: 'localhost:4780' }, 4780)).toBe(true);
  });

  it('allows a same-origin page', () => {
    expect(
      isAllowedRequest({ host: 'localhost:4780', origin: 'http://localhost:4780' }, 4780),
    ).toBe(true);
  });

  it('refuses a request without a Host header', () => {
    expect(isAllowedRequest({}, 4780)).toBe(false);
  });

  it('refuses another port', () => {
    expect(isAllowedRequest({ host: '127.0.0.1:4781' }, 4780)).toBe(false);
  });

  it('refuses a rebound DNS name that points at the loopback address', () => {
    expect(isAllowedRequest({ host: 'attacker.example:4780' }, 4780)).toBe(false);
  });

  it.each([
    '127.0.0.1',
    'localhost',
    '0.0.0.0:4780',
    '[::1]:4780',
    '127.0.0.2:4780',
    '127.0.0.1:4780.evil.example',
  ])('refuses the Host %s', (host) => {
    expect(isAllowedRequest({ host }, 4780)).toBe(false);
  });

  it.each(['https://evil.example', 'null', 'https://127.0.0.1:4780', 'http://127.0.0.1:4781'])(
    'refuses the origin %s',
    (origin) => {
      expect(isAllowedRequest({ host: '127.0.0.1:4780', origin }, 4780)).toBe(false);
    },
  );
});

describe('createPreviewServer', () => {
  it('answers 403 for a foreign Host header', async () => {
    const answer = await send(port, { headers: { host: 'evil.example' } });

    expect(answer.status).toBe(403);
  });

  it('answers 403 for a rebound name on our port', async () => {
    const answer = await send(port, { headers: { host: `attacker.example:${port}` } });

    expect(answer.status).toBe(403);
  });

  it('answers 403 to the event stream opened from another site', async () => {
    const answer = await send(port, {
      path: '/api/events',
      headers: { origin: 'https://evil.example' },
    });

    expect(answer.status).toBe(403);
  });

  it('answers 403 and dispatches nothing for a request from another site', async () => {
    const answer = await post(port, 'calls:start', JSON.stringify([startInput()]), {
      origin: 'https://evil.example',
    });

    expect(answer.status).toBe(403);
    expect(dispatched).toEqual([]);
  });

  it('serves the page for the loopback address', async () => {
    const answer = await send(port, { headers: { host: `127.0.0.1:${port}` } });

    expect(answer.status).toBe(200);
  });

  it('serves the page for localhost', async () => {
    const answer = await send(port, { headers: { host: `localhost:${port}` } });

    expect(answer.status).toBe(200);
  });

  it('loads the bridge before the app module script', async () => {
    const { body } = await send(port);

    const bridge = body.indexOf(`<script src="./${BRIDGE_FILE_NAME}"></script>`);
    const app = body.indexOf('<script type="module" src="./x.js"></script>');
    expect(bridge).toBeGreaterThan(-1);
    expect(app).toBeGreaterThan(bridge);
  });

  it('serves the page with the CSP and nosniff headers', async () => {
    const { headers } = await send(port, { path: '/index.html' });

    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves the bridge script', async () => {
    const answer = await send(port, { path: `/${BRIDGE_FILE_NAME}` });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('window.callCoach = {};');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves other files of the built UI with the CSP header', async () => {
    const answer = await send(port, { path: '/x.js' });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('export const x = 1;');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
  ])('answers 404 for the traversal %s', async (urlPath) => {
    const answer = await send(port, { path: urlPath });

    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the browser');
  });

  it('passes an invoke to dispatch with its channel and arguments', async () => {
    await post(port, 'calls:start', JSON.stringify([startInput()]));

    expect(dispatched).toEqual([{ channel: 'calls:start', args: [startInput()] }]);
  });

  it('answers an invoke with the Result dispatch returns', async () => {
    const answer = await post(port, 'calls:start', JSON.stringify([startInput()]));

    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: buildCall() });
  });

  it('decodes a percent-encoded channel name', async () => {
    await post(port, encodeURIComponent('calls:get'), JSON.stringify(['call-1']));

    expect(dispatched).toEqual([{ channel: 'calls:get', args: ['call-1'] }]);
  });

  it('accepts an invoke from a same-origin page', async () => {
    const answer = await post(port, 'app:status', '[]', { origin: `http://127.0.0.1:${port}` });

    expect(answer.status).toBe(200);
    expect(dispatched).toEqual([{ channel: 'app:status', args: [] }]);
  });

  it('answers 400 invalid-input and dispatches nothing for a body that is not JSON', async () => {
    const answer = await post(port, 'calls:start', '{not json');

    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dispatched).toEqual([]);
  });

  it('answers 400 invalid-input and dispatches nothing for a body that is not an argument list', async () => {
    const answer = await post(port, 'calls:start', JSON.stringify(startInput()));

    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dispatched).toEqual([]);
  });

  it('passes a playbook file of the largest accepted size to dispatch, however it escapes', async () => {
    // Control characters are the worst case: each one takes six bytes in JSON.
    const fileText = '\u0001'.repeat(PLAYBOOK_FILE_MAX_BYTES);
    const body = JSON.stringify([fileText]);
    expect(Buffer.byteLength(body)).toBeGreaterThan(6 * PLAYBOOK_FILE_MAX_BYTES);

    const answer = await post(port, 'playbooks:import', body);

    expect(answer.status).toBe(200);
    expect(dispatched).toHaveLength(1);
    expect((dispatched[0]?.args[0] as string).length).toBe(PLAYBOOK_FILE_MAX_BYTES);
  });

  // The whole oversized body crosses the loopback: seconds on a loaded machine.
  it(
    'answers 413 invalid-input and dispatches nothing for a body over the limit',
    { timeout: 60_000 },
    async () => {
      const answer = await post(
        port,
        'playbooks:import',
        JSON.stringify(['x'.repeat(MAX_BODY_BYTES)]),
      );

      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(dispatched).toEqual([]);
    },
  );

  it('answers 413 at once to a body whose declared length is over the limit', async () => {
    const answer = await postDeclaredTooLarge(port, 'imports:read');

    expect(answer.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(dispatched).toEqual([]);
  });

  it('answers 405 for a method other than GET, HEAD or an invoke POST', async () => {
    const answer = await send(port, { method: 'DELETE', path: '/index.html' });

    expect(answer.status).toBe(405);
  });

  it('streams a broadcast as a named server-sent event', async () => {
    const stream = await openEventStream(port);
    const call = buildCall({ notes: 'Promised to pay Friday' });

    events.broadcast('call:changed', call);
    await stream.waitFor(`data: ${JSON.stringify(call)}\n\n`);
    stream.close();

    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.text()).toContain(`event: call:changed\ndata: ${JSON.stringify(call)}\n\n`);
  });
});

describe('createPreviewServer: malformed requests', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['a host that does not parse', 'http://['],
    ['an absolute-form URL', `http://127.0.0.1:4780/index.html`],
    ['a protocol-relative target', '//'],
    ['a target naming another host', '//evil.example/index.html'],
    ['a backslash that parses as another host', '/\\evil.example/index.html'],
    ['the asterisk form', '*'],
    ['broken percent-encoding', '/%zz'],
    ['an encoded NUL', '/index.html%00.js'],
    ['an encoded NUL in an invoke', '/api/invoke/calls%00:start'],
  ])('answers 400 with nosniff for %s', async (_name, target) => {
    const answer = await rawGet(port, target);

    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.rest).toContain('Bad request');
  });

  it('answers a target that does not parse without logging or showing a stack trace', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const answer = await rawGet(port, 'http://[');

    expect(answer.rest).not.toMatch(/\bat\b|Error|TypeError|Invalid URL/);
    expect(logged).not.toHaveBeenCalled();
  });

  it('answers 400 for a malformed target even from a foreign Host', async () => {
    const answer = await sendRaw(
      port,
      'GET http://[ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    );

    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
  });

  it('dispatches nothing for a malformed invoke target', async () => {
    await sendRaw(
      port,
      `POST /api/invoke/%zz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]`,
    );

    expect(dispatched).toEqual([]);
  });

  it.each([
    ['a target with no leading slash', 'GET %zz HTTP/1.1'],
    ['a NUL in the target', 'GET /index\0.html HTTP/1.1'],
    ['a space in the target', 'GET /a b HTTP/1.1'],
    ['a request line that is not HTTP', 'GARBAGE'],
    ['an unknown HTTP version', 'GET / HTTP/9.9'],
    ['an absurdly long target', `GET /${'a'.repeat(64 * 1024)} HTTP/1.1`],
  ])(
    "answers what Node's parser refuses (%s) with a bare 400 and nosniff, and closes",
    async (_name, requestLine) => {
      const answer = await sendRaw(port, `${requestLine}\r\nHost: 127.0.0.1:${port}\r\n\r\n`);

      expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-length')).toBe('0');
      expect(answer.headers.get('connection')).toBe('close');
      expect(answer.rest).toBe('');
    },
  );

  it('still serves the next connection after a malformed request', async () => {
    await rawGet(port, 'http://[');

    const answer = await send(port);

    expect(answer.status).toBe(200);
  });
});

describe('createPreviewServer: nosniff on every response', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each<[string, () => Promise<HttpAnswer>]>([
    ['the page', () => send(port)],
    ['a UI file', () => send(port, { path: '/x.js' })],
    ['the bridge script', () => send(port, { path: `/${BRIDGE_FILE_NAME}` })],
    ['a missing file (404)', () => send(port, { path: '/missing.js' })],
    ['an invoke result', () => post(port, 'app:status', '[]')],
    ['an invalid invoke body (400)', () => post(port, 'calls:start', '{not json')],
    [
      'an oversized invoke body (413)',
      async () => {
        const answer = await postDeclaredTooLarge(port, 'playbooks:import');
        return {
          status: Number(answer.statusLine.split(' ')[1]),
          headers: Object.fromEntries(answer.headers),
          body: answer.rest,
        };
      },
    ],
    ['a foreign Host (403)', () => send(port, { headers: { host: 'evil.example' } })],
    [
      'a request from another site (403)',
      () => post(port, 'app:status', '[]', { origin: 'https://evil.example' }),
    ],
    ['a method not allowed (405)', () => send(port, { method: 'DELETE', path: '/index.html' })],
    ['a HEAD request', () => send(port, { method: 'HEAD', path: '/x.js' })],
  ])('sends X-Content-Type-Options: nosniff with %s', async (_name, request) => {
    const answer = await request();

    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends X-Content-Type-Options: nosniff with the event stream', async () => {
    const stream = await openEventStream(port);
    stream.close();

    expect(stream.response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends X-Content-Type-Options: nosniff with an internal error (500)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await rm(path.join(workDir, 'renderer', 'index.html'));

    const answer = await send(port);

    expect(answer.status).toBe(500);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});
