import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerAppScheme, serveAppScheme } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';

type AppHandler = (request: { url: string }) => Promise<Response>;

const fake = vi.hoisted(() => {
  const recorded = {
    privileged: [] as unknown[],
    handlers: new Map<string, unknown>(),
  };
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      recorded.privileged.push(...schemes);
    },
    handle(scheme: string, handler: unknown) {
      recorded.handlers.set(scheme, handler);
    },
  };
  return { protocol, recorded };
});

vi.mock('electron', () => ({ protocol: fake.protocol }));

let parentDir: string;
let rendererDir: string;

beforeEach(async () => {
  fake.recorded.privileged.length = 0;
  fake.recorded.handlers.clear();
  parentDir = await mkdtemp(path.join(tmpdir(), 'call-coach-protocol-'));
  rendererDir = path.join(parentDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Call Coach</title>');
  await writeFile(path.join(parentDir, 'secret.txt'), 'not for the UI');
});

afterEach(async () => {
  await rm(parentDir, { recursive: true, force: true });
});

function appHandler(): AppHandler {
  serveAppScheme(rendererDir);
  const handler = fake.recorded.handlers.get('app');
  if (typeof handler !== 'function') throw new Error('No handler for app://');
  return handler as AppHandler;
}

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();

    expect(fake.recorded.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      },
    ]);
  });
});

describe('serveAppScheme', () => {
  it('handles only the app scheme', () => {
    serveAppScheme(rendererDir);

    expect([...fake.recorded.handlers.keys()]).toEqual(['app']);
  });

  it('serves index.html with the CSP header', async () => {
    const response = await appHandler()({ url: 'app://call-coach/index.html' });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Call Coach</title>');
  });

  it('serves index.html for the root of the app host', async () => {
    const response = await appHandler()({ url: 'app://call-coach/' });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Call Coach</title>');
  });

  it('answers 404 for another host', async () => {
    const response = await appHandler()({ url: 'app://evil/index.html' });

    expect(response.status).toBe(404);
  });

  it('answers 404 with the CSP header for a missing file', async () => {
    const response = await appHandler()({ url: 'app://call-coach/missing.js' });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for an encoded path that climbs out of the UI folder', async () => {
    const response = await appHandler()({ url: 'app://call-coach/..%2Fsecret.txt' });

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the UI');
  });
});
