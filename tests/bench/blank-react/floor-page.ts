// The blank React floor, built and served for a bench run, in a process of its own as the
// app's preview is, so neither page is served by the process that drives the browser.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, PROJECT_ROOT } from '../../e2e/support/preview';
import { buildBlankReact } from './build-floor';

const READY_PATTERN = /Floor page ready at (http:\/\/\S+)/;
const READY_TIMEOUT_MS = 20_000;

export interface FloorPage {
  /** The built page's folder (index.html and assets/). */
  readonly dir: string;
  readonly url: string;
  /** Stops the server and deletes the built page. */
  stop(): Promise<void>;
}

/** Builds the blank React page into a temp folder and serves it on a free loopback port. */
export async function startFloorPage(): Promise<FloorPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-blank-react-'));
  await buildBlankReact(dir);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'serve-floor.ts')],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FLOOR_DIR: dir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The floor page was not served in time:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = READY_PATTERN.exec(output);
        if (!match) return;
        clearTimeout(timer);
        resolve(match[1]!);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`The floor page's server exited:\n${output}`));
      });
    });
    return { dir, url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
