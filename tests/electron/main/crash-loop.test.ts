import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { DATA_DIR_VARIABLE } from '../../../electron/main/app-core';
import { readAgingReport } from '../../../electron/main/modules/imports/aging-report/read-report';
import { CrashLedger } from '../../support/crash-loop-ledger';
import {
  CHILD_CONFIG_VARIABLE,
  mixSeeds,
  type ChildConfig,
  type ChildLine,
} from '../../support/crash-loop-protocol';
import { seededRandom } from '../../support/seeded-random';
import { readStoredState } from '../../support/crash-loop-store';
import { tempDirs } from '../../support/temp-dir';

// The crash loop: the process that hosts main's services (the app core, as the preview server
// hosts it) is killed with SIGKILL 50 times, at seeded random moments while notes, form fields,
// imports and follow-up changes are being saved. After each kill the file must be sound and hold
// every write the core acknowledged, ended calls must be as they were, and the app must start
// again and reopen the open call. Replay a failure with the seed it prints.

const ROUNDS = 50;
const DEFAULT_SEED = 20_261_202;
/**
 * When the kill comes: 50–800 ms after the child's start-up job (the worklist's catch-up) has
 * finished, so it lands among the workload's writes, imports and checkpoints; every fifth round
 * 50–800 ms after the child answered at all, so it also lands in start-up's own work.
 */
const KILL_AFTER_MS = { min: 50, max: 800 };
const EARLY_KILL_EVERY = 5;
/** A child that has not got that far by then is stuck: the round fails rather than waits. */
const STUCK_AFTER_MS = 30_000;
/** Monday 7 December 2026, 09:00 local; each round's clock starts ten minutes after the last. */
const CLOCK_START = new Date(2026, 11, 7, 9, 0).getTime();
const ROUND_MINUTES = 10;

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/aging-reports');
const TEST_FILE = 'tests/electron/main/crash-loop.test.ts';

function seedOf(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.CALL_COACH_CRASH_SEED?.trim();
  if (!given) return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(`CALL_COACH_CRASH_SEED must be a whole number, got "${given}"`);
  }
  return seed;
}

const seed = seedOf(process.env);
const dirs = tempDirs('call-coach-crash-');

/**
 * The child and main's two workers, bundled once into plain JavaScript: a child started through
 * tsx takes about 1.5 s before it answers and its workers as long again, so a kill 50–800 ms
 * after it is ready would hardly ever land in an import. Built inside node_modules (ignored by
 * git) so the bundle finds the packages it leaves out, such as SQLite's native module.
 */
async function bundleChild(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(ROOT, 'node_modules/.cache/call-coach-crash-loop-'));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      ssr: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: {
          child: path.join(ROOT, 'tests/support/crash-loop-child.ts'),
          // Found beside the bundle by main's own lookup, as in the app's build.
          'read-worker': path.join(ROOT, 'electron/main/worker/read-worker.ts'),
          'import-worker': path.join(ROOT, 'electron/main/worker/import-worker.ts'),
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  return outDir;
}

/** Every invoice number each fixture report lists, read by main's own reader. */
function reportInvoices(): Map<string, string[]> {
  const today = '2026-12-07';
  return new Map(
    fs
      .readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => {
        try {
          const report = readAgingReport(fs.readFileSync(path.join(FIXTURES, name)), { today });
          return [name, report.invoices.map((invoice) => invoice.invoiceNumber)];
        } catch {
          return [name, []];
        }
      }),
  );
}

interface Round {
  readonly ready: Extract<ChildLine, { t: 'ready' }>;
  readonly lines: ChildLine[];
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /** From spawn to the ready line, as the parent saw it. */
  readonly readyAfterMs: number;
}

/**
 * Starts the child on `dataDir`, hands every line to `onLine`, and kills it `killAfterMs` after
 * it says `kill.from` (or lets it close itself when `config.closeWhenReady`).
 */
function runChild(
  script: string,
  dataDir: string,
  config: ChildConfig,
  kill: { readonly afterMs: number; readonly from: 'ready' | 'caught-up' },
  onLine: (line: ChildLine) => void,
): Promise<Round> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      [DATA_DIR_VARIABLE]: dataDir,
      [CHILD_CONFIG_VARIABLE]: JSON.stringify(config),
      CALL_COACH_CRASH_FIXTURES: FIXTURES,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: ChildLine[] = [];
  let ready: Round['ready'] | null = null;
  let readyAfterMs = 0;
  let stderr = '';
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    // A line cut off by the kill has no newline yet, and never will: it is not an answer.
    pending = complete.pop() ?? '';
    for (const text of complete) {
      const line = JSON.parse(text) as ChildLine;
      lines.push(line);
      onLine(line);
      if (line.t === 'ready' && !ready) {
        ready = line;
        readyAfterMs = performance.now() - spawnedAt;
      }
      if (line.t === kill.from && !config.closeWhenReady) {
        isKillTimed = true;
        setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
      }
    }
  });
  // Never left running: a child that does not get that far in time is killed and reported.
  let isKillTimed = false;
  let isStuck = false;
  const watchdog = setTimeout(() => {
    isStuck = !isKillTimed;
    child.kill('SIGKILL');
  }, STUCK_AFTER_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (!ready || (isStuck && !config.closeWhenReady)) {
        const stage = ready ? `say ${kill.from}` : 'start';
        reject(
          new Error(
            `the app did not ${stage} within ${STUCK_AFTER_MS} ms (exit ${String(code ?? signal)}):\n${stderr}`,
          ),
        );
        return;
      }
      resolve({ ready, lines, signal, stderr, readyAfterMs });
    });
  });
}

let script = '';
let bundleDir = '';

beforeAll(async () => {
  bundleDir = await bundleChild();
  script = path.join(bundleDir, 'child.js');
}, 120_000);

afterAll(() => {
  if (bundleDir) fs.rmSync(bundleDir, { recursive: true, force: true });
  dirs.cleanup();
});

describe('the app core killed 50 times while it saves', () => {
  it(
    'keeps every acknowledged write, ended calls and a sound file, and reopens the open call',
    { timeout: 300_000 },
    async () => {
      const replay = `CALL_COACH_CRASH_SEED=${seed} npx vitest run --project node ${TEST_FILE}`;
      console.log(`crash loop: seed ${seed}, ${ROUNDS} kills (replay: ${replay})`);
      const dataDir = dirs.make();
      const ledger = new CrashLedger(reportInvoices());
      const random = seededRandom(mixSeeds(seed, 0xc0ffee));
      const startTimes: number[] = [];
      const acked = new Map<string, number>();
      const record = (line: ChildLine) => {
        ledger.record(line);
        if (line.t === 'ack') acked.set(line.op, (acked.get(line.op) ?? 0) + 1);
      };
      const fail = (round: number, problems: readonly string[], ran: Round): never => {
        const logged = ran.lines.flatMap((line) => (line.t === 'log' ? [line.message] : []));
        throw new Error(
          [
            `crash loop seed ${seed}, after kill ${round + 1} of ${ROUNDS}:`,
            ...problems.map((problem) => `- ${problem}`),
            ...(logged.length > 0 ? ['the core logged:', ...logged] : []),
            ...(ran.stderr ? ['stderr:', ran.stderr] : []),
            `replay: ${replay}`,
          ].join('\n'),
        );
      };

      for (let round = 0; round <= ROUNDS; round += 1) {
        const isLast = round === ROUNDS;
        const config: ChildConfig = {
          seed,
          round,
          clockStart: CLOCK_START + round * ROUND_MINUTES * 60_000,
          closeWhenReady: isLast,
        };
        const kill = {
          afterMs: KILL_AFTER_MS.min + random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min),
          from: round % EARLY_KILL_EVERY === EARLY_KILL_EVERY - 1 ? 'ready' : 'caught-up',
        } as const;
        const ran = await runChild(script, dataDir, config, kill, record).catch(
          (error: unknown) => {
            throw new Error(
              `crash loop seed ${seed}, round ${round + 1}: ${String(error)}\nreplay: ${replay}`,
            );
          },
        );
        startTimes.push(ran.readyAfterMs);
        const startProblems = ledger.checkReady(ran.ready, round > 0);
        if (startProblems.length > 0) fail(round - 1, startProblems, ran);
        if (isLast) break;
        if (ran.signal !== 'SIGKILL')
          fail(round, [`the child ended by itself (${String(ran.signal)})`], ran);
        const refusals = ran.lines.filter(
          (line) =>
            line.t === 'refused' && (line.code === 'unavailable' || line.code === 'internal'),
        );
        const logged = ran.lines.filter((line) => line.t === 'log');
        if (refusals.length > 0 || logged.length > 0) {
          fail(round, [`the core failed requests: ${JSON.stringify(refusals)}`], ran);
        }
        const state = readStoredState(dataDir, ledger.factKeys());
        const problems = ledger.check(state);
        if (problems.length > 0) fail(round, problems, ran);
        ledger.settle(state);
      }

      const sorted = [...startTimes].sort((a, b) => a - b);
      console.log(
        `crash loop: seed ${seed}, acknowledged ${JSON.stringify(Object.fromEntries(acked))}; ` +
          `start to ready median ${Math.round(sorted[sorted.length >> 1]!)} ms, ` +
          `slowest ${Math.round(sorted.at(-1)!)} ms`,
      );
      // The workload really ran: writes of every kind were acknowledged between the kills.
      for (const op of [
        'start',
        'notes',
        'field',
        'step',
        'end',
        'import',
        'move',
        'done',
        'mark',
      ]) {
        expect(acked.get(op) ?? 0, `acknowledged ${op} writes (seed ${seed})`).toBeGreaterThan(0);
      }
    },
  );
});
