import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createAppCore } from '../../../../electron/main/app-core';
import { DATABASE_FILE_NAME } from '../../../../electron/main/storage/database';
import type { Call } from '../../../../shared/domain/call';
import { buildApi, type CallCoachApi } from '../../../../shared/ipc/api';
import type { EventChannel } from '../../../../shared/ipc/contract';
import { createFakeHost } from '../../../electron/support/fake-host';
import { createTestApi, type CallSeed } from '../../../support/test-api';
import { tempDirs } from '../../../support/temp-dir';

export interface AfterCrash {
  /** The window's API, over main started again on what the crashed run left. */
  readonly api: CallCoachApi;
  /** The call that was open when the run died. */
  readonly call: Call;
}

const dirs = tempDirs('call-coach-after-crash-');

/**
 * Main started again after a run that died mid-call. The first run (the usual test API) opens
 * the call; its database and WAL are copied while it still has them open, exactly as a killed
 * process leaves them, and a second core starts on the copy. Requests and broadcasts are cloned
 * as IPC clones them. Everything is closed when the test finishes.
 */
export function createApiAfterCrash(seed: CallSeed): AfterCrash {
  const crashedRun = createTestApi();
  const call = crashedRun.control.seedOpenCall(seed);
  const dataDir = dirs.make();
  for (const suffix of ['', '-wal', '-shm']) {
    const from = path.join(crashedRun.control.dataDir, DATABASE_FILE_NAME + suffix);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dataDir, DATABASE_FILE_NAME + suffix));
  }

  const listeners = new Map<EventChannel, Set<{ readonly listener: (payload: unknown) => void }>>();
  const core = createAppCore({
    dataDir,
    host: createFakeHost(),
    log: { error: (message, error) => console.error(`Main: ${message}`, error) },
    publish: (channel, payload) => {
      for (const { listener } of [...(listeners.get(channel) ?? [])]) {
        listener(structuredClone(payload));
      }
    },
  });
  const inFlight = new Set<Promise<unknown>>();
  onTestFinished(async () => {
    // As the test API does: main's workers stop only once nothing is running in them.
    await core.checked;
    await Promise.allSettled([...inFlight]);
    await core.close();
    dirs.cleanup();
  });

  const api = buildApi({
    invoke(channel, args) {
      const answered = core.dispatch(channel, structuredClone(args));
      inFlight.add(answered);
      void answered.finally(() => inFlight.delete(answered));
      return answered.then((result) => structuredClone(result));
    },
    subscribe(channel, listener) {
      const entry = { listener };
      const entries = listeners.get(channel) ?? new Set();
      listeners.set(channel, entries.add(entry));
      return () => void entries.delete(entry);
    },
  });
  return { api, call };
}
