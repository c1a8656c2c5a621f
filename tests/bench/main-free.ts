// Whether main's event loop stays free while worker threads read or write the database: a real
// app core over the seeded database, asked `calls:active` every few milliseconds as a window might.

import { performance } from 'node:perf_hooks';
import { createAppCore, type AppCore } from '../../electron/main/app-core';
import type { Logger } from '../../electron/main/core/logger';
import type { OverlayHost } from '../../electron/main/hosts/overlay-host';
import type { HistoryQuery } from '../../shared/domain/history';
import { createFakeHost } from '../electron/support/fake-host';
import { summarize, type Summary } from './samples';

const PROBE_EVERY_MS = 5;
const IDLE_MS = 1_000;
const HEAVY_MIN_MS = 1_500;
const HEAVY_MIN_RUNS = 3;

export interface HeavySearch {
  readonly search: string;
  /** `calls:active` answer times while this search runs in the read worker, back to back. */
  readonly busy: Summary;
  /** How long each search took, from dispatch to its answer. */
  readonly runs: readonly number[];
}

export interface MainFreeResult {
  /** `calls:active` answer times with nothing else running. */
  readonly idle: Summary;
  /** The same while the page check that follows start-up runs in its worker. */
  readonly startup: Summary;
  /** From the core's creation until that check had finished. */
  readonly checkMs: number;
  readonly searches: readonly HeavySearch[];
}

/**
 * Asks `calls:active` every `PROBE_EVERY_MS` until stopped. An answer's time runs from when the
 * request was due, not from when main got round to sending it: a blocked event loop shows up as
 * late answers rather than as fewer of them.
 */
function startProbes(core: AppCore) {
  const answers: number[] = [];
  const failures: string[] = [];
  const pending = new Set<Promise<void>>();
  const start = performance.now() + PROBE_EVERY_MS;
  let due = 0;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(tick, Math.max(0, start + due * PROBE_EVERY_MS - performance.now()));
  };
  const tick = () => {
    // A timer may fire a little early; the request then counts from when it was sent.
    const from = Math.min(start + due * PROBE_EVERY_MS, performance.now());
    due += 1;
    const answer = core.dispatch('calls:active', []).then((result) => {
      answers.push(performance.now() - from);
      if (!result.ok) failures.push(result.error.message);
    });
    pending.add(answer);
    void answer.finally(() => pending.delete(answer));
    schedule();
  };
  schedule();
  return {
    async stop(): Promise<Summary> {
      clearTimeout(timer);
      await Promise.all(pending);
      if (failures.length > 0) throw new Error(`calls:active failed: ${failures[0]}`);
      return summarize(answers);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function history(core: AppCore, query: HistoryQuery): Promise<number> {
  const started = performance.now();
  const result = await core.dispatch('calls:history', [query]);
  if (!result.ok) throw new Error(`calls:history failed: ${result.error.message}`);
  return performance.now() - started;
}

/** An app core on `dataDir` as main builds it, with what it logged, and its creation time. */
function openCore(dataDir: string, host: OverlayHost = createFakeHost()) {
  const errors: string[] = [];
  const log: Logger = { error: (message, error) => errors.push(`${message}: ${String(error)}`) };
  const created = performance.now();
  const core = createAppCore({ dataDir, publish: () => undefined, log, host });
  return {
    core,
    created,
    assertNothingLogged() {
      if (errors.length > 0) throw new Error(`The app core logged an error: ${errors[0]}`);
    },
    async close() {
      // Stopping the check's worker part-way through its read aborts the whole process (a native
      // error thrown as the thread is torn down), so the core is only closed once it is done.
      await core.checked.catch(() => undefined);
      await core.close();
    },
  };
}

/** `calls:active` answer times over `IDLE_MS` with nothing else running. */
async function idleAnswers(core: AppCore): Promise<Summary> {
  const idleProbes = startProbes(core);
  await sleep(IDLE_MS);
  return idleProbes.stop();
}

/**
 * Opens an app core on `dataDir` and probes main while the start-up page check runs, with
 * nothing running, and while each of `searches` runs back to back in the read worker.
 */
export async function measureMainFree(
  dataDir: string,
  searches: readonly string[],
): Promise<MainFreeResult> {
  const opened = openCore(dataDir);
  const { core } = opened;
  try {
    // The first request pays for code loaded and compiled on first use, which is not what the
    // page check costs main.
    await core.dispatch('calls:active', []);
    const startupProbes = startProbes(core);
    await core.checked;
    const checkMs = performance.now() - opened.created;
    const startup = await startupProbes.stop();

    // The read worker starts on the first job (and compiles its TypeScript through tsx).
    await history(core, { search: '', after: null, limit: 50 });
    const idle = await idleAnswers(core);

    const heavy: HeavySearch[] = [];
    for (const search of searches) {
      const runs: number[] = [];
      const busyProbes = startProbes(core);
      const started = performance.now();
      while (runs.length < HEAVY_MIN_RUNS || performance.now() - started < HEAVY_MIN_MS) {
        runs.push(await history(core, { search, after: null, limit: 50 }));
      }
      heavy.push({ search, busy: await busyProbes.stop(), runs });
    }
    opened.assertNothingLogged();
    return { idle, startup, checkMs, searches: heavy };
  } finally {
    await opened.close();
  }
}

export interface MainDuringResult<T> {
  /** `calls:active` answer times with nothing else running. */
  readonly idle: Summary;
  /** The same while `work` ran. */
  readonly busy: Summary;
  /** How long `work` took. */
  readonly ms: number;
  readonly value: T;
}

/**
 * Opens an app core on `dataDir`, lets its start-up page check finish and `warm` start what
 * `work` needs (workers compile their TypeScript through tsx on first use), then probes main
 * with nothing running and while `work` runs. `host` stands in for the desktop (a fake one that
 * saves nowhere unless told to).
 */
export async function measureMainDuring<T>(
  dataDir: string,
  warm: (core: AppCore) => Promise<unknown>,
  work: (core: AppCore) => Promise<T>,
  host?: OverlayHost,
): Promise<MainDuringResult<T>> {
  const opened = openCore(dataDir, host);
  const { core } = opened;
  try {
    await core.dispatch('calls:active', []);
    await core.checked;
    await warm(core);
    const idle = await idleAnswers(core);
    const busyProbes = startProbes(core);
    const started = performance.now();
    const value = await work(core);
    const ms = performance.now() - started;
    const busy = await busyProbes.stop();
    opened.assertNothingLogged();
    return { idle, busy, ms, value };
  } finally {
    await opened.close();
  }
}
