import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root (tests/e2e/support → ../../..). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const SERVER_SCRIPT = path.join(PROJECT_ROOT, 'out/preview/server.js');
export const DATABASE_FILE = 'call-coach.db';

const READY_PATTERN = /Call Coach preview ready at (http:\/\/\S+)/;
const READY_TIMEOUT_MS = 20_000;

export interface Preview {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** SIGTERM, the way a user stops it; resolves once the process has exited. */
  stop(): Promise<void>;
  /** A real SIGKILL: no shutdown code runs. Resolves once the process has exited. */
  kill(): Promise<void>;
}

/** A port nobody listens on right now: bind port 0, read what the OS chose, release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port was given.'))));
    });
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Every preview started and not yet stopped, so a failing test still leaves nothing running. */
const running = new Set<Preview>();

export interface StartPreviewOptions {
  /** The data folder (CALL_COACH_DATA_DIR). */
  readonly dataDir: string;
  /** A port to reuse, e.g. the one a stopped preview had, so an open page can simply reload. */
  readonly port?: number;
  /** Whole days the preview's clock runs ahead of the computer's (a promise's date passing). */
  readonly clockOffsetDays?: number;
}

/**
 * Starts `node out/preview/server.js` on a free port (or `port`) with its data in `dataDir`, and
 * resolves when it prints that it is ready.
 */
export async function startPreview({
  dataDir,
  port: requestedPort,
  clockOffsetDays = 0,
}: StartPreviewOptions): Promise<Preview> {
  if (!existsSync(SERVER_SCRIPT)) {
    throw new Error(
      `The preview is not built (${SERVER_SCRIPT} is missing). Run \`npm run build\` first.`,
    );
  }
  const port = requestedPort ?? (await freePort());
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      CALL_COACH_DATA_DIR: dataDir,
      CALL_COACH_CLOCK_OFFSET_DAYS: String(clockOffsetDays),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (reason: string) => {
      cleanup();
      if (!hasExited(child)) child.kill('SIGKILL');
      reject(new Error(`${reason}\n--- preview output ---\n${output || '(nothing)'}`));
    };
    const onData = (chunk: string) => {
      output += chunk;
      const match = READY_PATTERN.exec(output);
      if (match) {
        cleanup();
        resolve(match[1]!);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`The preview exited before it was ready (code ${code}, signal ${signal}).`);
    const onError = (error: Error) => fail(`The preview could not be started: ${error.message}`);
    const timer = setTimeout(
      () => fail(`The preview was not ready within ${READY_TIMEOUT_MS / 1000} s.`),
      READY_TIMEOUT_MS,
    );
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });

  // Keep collecting output after start-up, for failure messages.
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));

  const end = async (signal: NodeJS.Signals) => {
    if (!hasExited(child)) child.kill(signal);
    await waitForExit(child);
    running.delete(preview);
  };
  const preview: Preview = {
    url,
    port,
    process: child,
    output: () => output,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
  running.add(preview);
  return preview;
}

/** Stops every preview this worker started that is still running. For afterEach/afterAll. */
export async function stopAllPreviews(): Promise<void> {
  await Promise.all([...running].map((preview) => preview.stop()));
}

const tempDirs = new Set<string>();

/** A fresh, empty data folder under the system temp folder. */
export async function makeTempDir(prefix = 'call-coach-e2e-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Removes every temp folder made with makeTempDir. Stop the previews using them first. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all([...tempDirs].map((dir) => rm(dir, { recursive: true, force: true })));
  tempDirs.clear();
}

/** After each test: close its page, stop every preview it started and delete its data folders. */
export async function cleanUp(session?: { close(): Promise<void> }): Promise<void> {
  await session?.close();
  await stopAllPreviews();
  await removeTempDirs();
}
