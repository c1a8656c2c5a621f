import { existsSync } from 'node:fs';
import path from 'node:path';
import { createAppCore, resolveDataDir } from '../main/app-core';
import { createBrowserHost } from '../main/hosts/browser-host';
import { createEventHub } from './event-hub';
import { previewClock } from './preview-clock';
import { BRIDGE_FILE_NAME, createPreviewServer } from './preview-server';

// Entry point of `npm run preview`: the same UI and the same main services, in a browser.

const DEFAULT_PORT = 4780;
const HOST = '127.0.0.1';
const outDir = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(outDir, 'renderer');

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a whole number from 1 to 65535 (got "${value}").`);
    process.exit(1);
  }
  return port;
}

if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(
    'The UI is not built yet. Run `npm run preview` (it builds first) or `npm run build`.',
  );
  process.exit(1);
}

const port = readPort(process.env.PORT);
const dataDir = resolveDataDir(process.env, path.resolve('.preview-data'));
const events = createEventHub();
let clock: () => number;
try {
  clock = previewClock(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const core = createAppCore({
  clock,
  dataDir,
  publish: (channel, payload) => events.broadcast(channel, payload),
  log: console,
  host: createBrowserHost(),
});
const notice = core.notice();
if (notice) console.warn(notice);

const server = createPreviewServer({
  rendererDir,
  bridgeFile: path.join(outDir, 'preview', BRIDGE_FILE_NAME),
  dispatch: core.dispatch,
  events,
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other preview or set PORT to a free port.`
      : `The preview server failed: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, HOST, () => {
  console.log(`Call Coach preview ready at http://${HOST}:${port}/`);
  console.log(`Data folder: ${dataDir}`);
});

function shutDown(): void {
  events.close();
  server.close();
  void core.close().finally(() => process.exit(0));
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
