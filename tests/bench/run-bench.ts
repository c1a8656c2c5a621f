// `npm run bench`: every bench in turn (`npm run bench -- cue memory` runs only those), and one
// table of all their figures. The storage bench runs in its own process, for clean timing, and
// hands its rows back through a JSON file. Every figure is a ratio against a floor measured in
// the same run. A missed target is marked ✗ and never fails the run: the exit code is not 0 only
// when a bench could not run at all. `--no-build` measures the preview as last built; `--quick`
// runs the storage bench at its 100,000-call size only (no 400,000-call seed to build).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../e2e/support/preview';
import { atMostMs, formatBenchTable, type BenchRow } from './bench-table';
import { measureBundle } from './bundle-bench';
import { measureCueMatching, NOTES_CHARS, TARGET_MS } from './cue-bench';
import { measureMemory } from './memory-bench';
import { measureStart } from './start-bench';
import type { StorageBenchOutput } from './storage-bench';
import { measureTypingSpeed, TYPING_NOTES } from './typing-bench';

const BENCHES = ['storage', 'cue', 'start', 'bundle', 'typing', 'memory'] as const;
type Bench = (typeof BENCHES)[number];
/** The benches that measure the built preview, so need `npm run build` first. */
const PREVIEW_BENCHES: readonly Bench[] = ['start', 'bundle', 'typing', 'memory'];
const NO_BUILD = '--no-build';
const QUICK = '--quick';
const FLAGS = [NO_BUILD, QUICK];

const CUE_NOTES = [
  'Cue matching: cueWindow + find per keystroke on the notes as they grow, typing at the end',
  'and in the middle. Floor: cueWindow and one indexOf of a missing string over the same',
  'window, turn by turn with it. The app reads the notes for cues only once typing pauses',
  '(renderer/features/call/use-note-cues.ts), so a keystroke never waits for it.',
];

interface Choices {
  readonly benches: Bench[];
  readonly isBuilding: boolean;
  readonly isQuick: boolean;
}

function parseArguments(args: readonly string[]): Choices {
  const names = args.filter((arg) => !FLAGS.includes(arg));
  const unknown = names.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench "${unknown[0]}". Run \`npm run bench\` for all, or name some of: ` +
        `${BENCHES.join(', ')} (and ${NO_BUILD} to measure the preview as last built, ` +
        `${QUICK} for the storage bench's 100,000-call size only).`,
    );
  }
  return {
    benches: names.length === 0 ? [...BENCHES] : BENCHES.filter((name) => names.includes(name)),
    isBuilding: !args.includes(NO_BUILD),
    isQuick: args.includes(QUICK),
  };
}

/**
 * The storage bench in its own process, as `tsx tests/bench/storage-bench.ts` runs it (its
 * progress shown as it goes); its rows come back through a JSON file.
 */
async function storageRows(isQuick: boolean): Promise<StorageBenchOutput> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-bench-rows-'));
  const rowsFile = path.join(folder, 'storage.json');
  try {
    const code = await run(process.execPath, [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'tests/bench/storage-bench.ts'),
      '--rows-file',
      rowsFile,
      ...(isQuick ? [QUICK] : []),
    ]);
    if (code !== 0) throw new Error(`the storage bench exited with code ${code}`);
    return JSON.parse(fs.readFileSync(rowsFile, 'utf8')) as StorageBenchOutput;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

/** Runs a command from the project root with its output shown; resolves with its exit code. */
function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function cueRows(): BenchRow[] {
  const size = `${NOTES_CHARS.toLocaleString('en-US')} chars`;
  return measureCueMatching().flatMap(({ measure, floor, measured }) => [
    {
      measure: `${measure}, p50`,
      size,
      floorMs: floor.p50,
      measuredMs: measured.p50,
      target: null,
    },
    {
      measure: `${measure}, p95`,
      size,
      floorMs: floor.p95,
      measuredMs: measured.p95,
      target: atMostMs(TARGET_MS, measured.p95),
    },
  ]);
}

/** A bench that measures the built preview: its rows, and its lines for under the table. */
const PREVIEW_MEASURES: Record<
  Exclude<Bench, 'storage' | 'cue'>,
  () => Promise<{ rows: BenchRow[]; details: string[] }>
> = {
  start: measureStart,
  bundle: measureBundle,
  typing: async () => {
    const typing = await measureTypingSpeed();
    return { rows: typing.rows, details: [...typing.details, '', ...TYPING_NOTES] };
  },
  memory: measureMemory,
};

async function main(): Promise<number> {
  const started = performance.now();
  const { benches, isBuilding, isQuick } = parseArguments(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`Call Coach bench (${benches.join(', ')}), ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
      `${Math.round(os.totalmem() / 1_000_000)} MB RAM, ${os.platform()} ${os.release()}; node ${process.version}`,
  );
  const failures: string[] = [];
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const note = (lines: readonly string[]) =>
    notes.push(...(notes.length > 0 ? [''] : []), ...lines);

  if (benches.includes('storage')) {
    console.log(`\n== storage${isQuick ? ' (100,000 calls only)' : ''} ==`);
    try {
      const storage = await storageRows(isQuick);
      rows.push(...storage.rows);
      note(storage.details);
    } catch (error) {
      failures.push(`the storage bench failed: ${describe(error)}`);
    }
  }
  if (benches.includes('cue')) {
    console.log('\n== cue matching ==');
    // Before the browser starts, so nothing else runs in this process while it is timed.
    rows.push(...cueRows());
    note(CUE_NOTES);
  }

  const inPreview = benches.filter((name) => PREVIEW_BENCHES.includes(name));
  if (inPreview.length > 0) {
    // Measured in the built preview: build it, so the figures are of the code as it is.
    const built = isBuilding ? await run('npm', ['run', '--silent', 'build']) : 0;
    if (built !== 0) {
      failures.push(
        `\`npm run build\` exited with code ${built}, so ${inPreview.join(', ')} were not measured`,
      );
    } else {
      for (const name of inPreview) {
        console.log(`\n== ${name} ==`);
        try {
          const measured = await PREVIEW_MEASURES[name as keyof typeof PREVIEW_MEASURES]();
          rows.push(...measured.rows);
          note(measured.details);
        } catch (error) {
          failures.push(`the ${name} bench failed: ${describe(error)}`);
        }
      }
    }
  }

  if (rows.length > 0) {
    console.log('');
    for (const line of formatBenchTable(rows)) console.log(line);
    console.log(
      [
        '',
        'ratio = measured / floor, both taken in this run; "—" where a figure has no floor.',
        ...notes,
      ].join('\n'),
    );
  }
  for (const failure of failures) console.error(`\nNot measured: ${failure}`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
