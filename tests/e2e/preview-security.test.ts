import { request, type IncomingHttpHeaders } from 'node:http';
import {
  makeTempDir,
  removeTempDirs,
  startPreview,
  stopAllPreviews,
  type Preview,
} from './support/preview';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A raw HTTP request, so the test controls every header (a browser would not send these). */
function send(
  preview: Preview,
  options: { path?: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ dataDir: await makeTempDir() });
});

afterAll(async () => {
  await stopAllPreviews();
  await removeTempDirs();
});

describe('the preview server', () => {
  it('answers its own address', async () => {
    const answer = await send(preview, { headers: { host: `127.0.0.1:${preview.port}` } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<div id="root">');
  });

  it('turns away a foreign Host header (DNS rebinding)', async () => {
    for (const path of ['/', '/api/events', '/preview-bridge.js']) {
      const answer = await send(preview, { path, headers: { host: 'evil.example' } });
      expect(answer.status, path).toBe(403);
    }
    const invoke = await send(preview, {
      path: '/api/invoke/calls:active',
      method: 'POST',
      headers: { host: 'evil.example', 'content-type': 'application/json' },
      body: '[]',
    });
    expect(invoke.status).toBe(403);
  });

  it('turns away a request from another site’s page', async () => {
    const answer = await send(preview, {
      path: '/api/invoke/calls:active',
      method: 'POST',
      headers: {
        host: `127.0.0.1:${preview.port}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: '[]',
    });
    expect(answer.status).toBe(403);
  });

  it('sends the UI with a Content Security Policy that forbids inline script and style', async () => {
    const answer = await send(preview, { headers: { host: `127.0.0.1:${preview.port}` } });
    const policy = answer.headers['content-security-policy'];
    expect(typeof policy).toBe('string');
    const directives = new Map(
      String(policy)
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(String(policy)).not.toContain('unsafe-inline');
    expect(String(policy)).not.toContain('unsafe-eval');
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});
