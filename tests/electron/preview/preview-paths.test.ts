import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEventHub, type EventHub } from '../../../electron/preview/event-hub';
import { BRIDGE_FILE_NAME, createPreviewServer } from '../../../electron/preview/preview-server';
import { ok } from '../../../shared/ipc/result';

// Files outside the built UI folder that a request must never read: each holds this marker.
const SECRET = 'SECRET-OUTSIDE-THE-UI';

interface RawAnswer {
  readonly status: number;
  readonly text: string;
}

/**
 * Sends `target` as the request target byte for byte, over a plain socket: fetch and node:http
 * would normalise it (resolve dot segments, re-encode) before it ever reached the server.
 */
function rawGet(port: number, target: string, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    // Written, not ended: Node's server drops a half-closed connection before an answer it is
    // still reading from disk. `Connection: close` has the server close once it has answered.
    socket.write(
      Buffer.from(
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
        'latin1',
      ),
    );
  });
}

let workDir: string;
let server: Server;
let events: EventHub;
let port: number;

beforeEach(async () => {
  // workDir/package.json and secret.txt sit beside the UI folder, as the project's files sit
  // beside out/renderer; the UI folder links out to them.
  workDir = await mkdtemp(path.join(tmpdir(), 'call-coach-preview-paths-'));
  const rendererDir = path.join(workDir, 'renderer');
  const bridgeDir = path.join(workDir, 'preview');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(bridgeDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><script src="x.js">');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export const app = 1;');
  await writeFile(path.join(bridgeDir, BRIDGE_FILE_NAME), 'window.callCoach = {};');
  await writeFile(path.join(workDir, 'package.json'), `{"name": "${SECRET}"}`);
  await writeFile(path.join(workDir, 'secret.txt'), SECRET);
  await symlink(path.join(workDir, 'secret.txt'), path.join(rendererDir, 'linked.txt'));
  await symlink(workDir, path.join(rendererDir, 'linked-folder'), 'dir');

  events = createEventHub();
  server = createPreviewServer({
    rendererDir,
    bridgeFile: path.join(bridgeDir, BRIDGE_FILE_NAME),
    dispatch: () => Promise.resolve(ok(null)),
    events,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  events.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(workDir, { recursive: true, force: true });
});

describe('createPreviewServer: paths outside the built UI', () => {
  it('serves a file inside the UI folder to the same raw request', async () => {
    const answer = await rawGet(port, '/assets/app.js');

    expect(answer.status).toBe(200);
    expect(answer.text).toContain('export const app = 1;');
  });

  it('serves the file a dot segment inside the folder names, and nothing above it', async () => {
    const answer = await rawGet(port, '/assets/../assets/app.js');

    expect(answer.status).toBe(200);
    expect(answer.text).toContain('export const app = 1;');
  });

  it.each([
    ['a plain dot-dot', '/../package.json'],
    ['two plain dot-dots', '/../../package.json'],
    ['dot-dots below a folder', '/assets/../../package.json'],
    ['encoded dots', '/%2e%2e/package.json'],
    ['encoded capital dots', '/%2E%2E/package.json'],
    ['one dot encoded', '/.%2e/package.json'],
    ['encoded slashes', '/..%2fpackage.json'],
    ['two encoded slashes', '/..%2f..%2fpackage.json'],
    ['encoded slashes below a folder', '/assets/..%2f..%2fpackage.json'],
    ['everything encoded', '/%2e%2e%2f%2e%2e%2fpackage.json'],
    ['encoded backslashes', '/..%5cpackage.json'],
    ['two encoded backslashes', '/..%5c..%5cpackage.json'],
    ['a raw backslash', '/..\\package.json'],
    ['double-encoded dots', '/%252e%252e/package.json'],
    ['double-encoded slashes', '/..%252f..%252fpackage.json'],
    ['double-encoded backslashes', '/..%255c..%255cpackage.json'],
    ['overlong UTF-8 dots', '/%c0%ae%c0%ae/package.json'],
    ['an absolute path', '/{dir}/secret.txt'],
    ['an absolute path after the slash', '//{dir}/secret.txt'],
    ['an encoded absolute path', '/%2f{encoded-dir}%2fsecret.txt'],
    ['an absolute-form target', `http://127.0.0.1/../package.json`],
    ['a NUL before an allowed extension', '/../package.json%00.js'],
    ['a NUL after dot-dots', '/..%00/package.json'],
    ['a symlink to a file outside', '/linked.txt'],
    ['a symlink to a folder outside', '/linked-folder/secret.txt'],
    ['a symlink to a folder outside, then its package', '/linked-folder/package.json'],
  ])('does not serve a file outside the folder for %s', async (_name, target) => {
    // The temp folder, without its leading slash, is only known once the test has made it.
    const request = target
      .replace('{dir}', workDir.slice(1))
      .replace('{encoded-dir}', encodeURIComponent(workDir.slice(1)));

    for (const method of ['GET', 'HEAD']) {
      const answer = await rawGet(port, request, method);

      expect(answer.status, `${method} ${request}`).not.toBe(200);
      expect([400, 404]).toContain(answer.status);
      expect(answer.text).not.toContain(SECRET);
    }
  });
});
