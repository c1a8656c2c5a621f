// Serves the built blank React page (FLOOR_DIR) the way the preview serves the app: the same
// server code, the same headers, the same bridge script before the page's own. Every request
// to main is refused, as the blank page makes none. Prints a ready line as the preview does.

import path from 'node:path';
import { fail } from '../../../shared/ipc/result';
import { createEventHub } from '../../../electron/preview/event-hub';
import { BRIDGE_FILE_NAME, createPreviewServer } from '../../../electron/preview/preview-server';
import { PROJECT_ROOT } from '../../e2e/support/preview';

const floorDir = process.env.FLOOR_DIR;
const port = Number(process.env.PORT);
if (!floorDir || !Number.isInteger(port)) throw new Error('Set FLOOR_DIR and PORT.');

const events = createEventHub();
const server = createPreviewServer({
  rendererDir: floorDir,
  bridgeFile: path.join(PROJECT_ROOT, 'out/preview', BRIDGE_FILE_NAME),
  dispatch: () => Promise.resolve(fail('unavailable', 'The floor page has no main process.')),
  events,
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Floor page ready at http://127.0.0.1:${port}/`);
});
process.on('SIGTERM', () => {
  events.close();
  server.close(() => process.exit(0));
});
