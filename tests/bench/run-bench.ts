// `npm run bench`: the storage, cue and typing benches in turn (`npm run bench -- cue typing`
// runs only those). The storage bench prints its own table from its own process, as it does run
// alone; cue matching and typing share one table after it. Every figure is a ratio against a
// floor measured in the same run. A missed target is marked ✗ and never fails the run: the exit
// code is not 0 only when a bench could not run at all.

import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../e2e/support/preview';
import { atMostMs, formatBenchTable, type BenchRow } from './bench-table';
import { measureCueMatching, NOTES_CHARS, TARGET_MS } from './cue-bench';
import { measureTypingSpeed, TYPING_NOTES } from './typing-bench';

const BENCHES = ['storage', 'cue', 'typing'] as const;
type Bench = (typeof BENCHES)[number];
const NO_BUILD = '--no-build';

const CUE_NOTES = [
  'Cue matching: cueWindow + find per keystroke on the notes as they grow, typing at the end',
  'and in the middle. Floor: cueWindow and one indexOf of a missing string over the same',
  'window, turn by turn with it. The app reads the notes for cues only once typing pauses',
  '(renderer/features/call/use-note-cues.ts), so a keystroke never waits for it.',
];

function parseArguments(args: readonly string[]): { benches: Bench[]; isBuilding: boolean } {
  const names = args.filter((arg) => arg !== NO_BUILD);
  const unknown = names.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench "${unknown[0]}". Run \`npm run bench\` for all, or name some of: ` +
        `${BENCHES.join(', ')} (and ${NO_BUILD} to type into the preview as last built).`,
    );
  }
  return {
    benches: names.length === 0 ? [...BENCHES] : BENCHES.filter((name) => names.includes(name)),
    isBuilding: !args.includes(NO_BUILD),
  };
}

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

async function main(): Promise<number> {
  const started = performance.now();
  const { benches, isBuilding } = parseArguments(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`Call Coach bench (${benches.join(', ')}), ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
      `${Math.round(os.totalmem() / 1_000_000)} MB RAM, ${os.platform()} ${os.release()}; node ${process.version}`,
  );
  const failures: string[] = [];

  if (benches.includes('storage')) {
    console.log('\n== storage ==');
    // Its own process: it runs on import, as `tsx tests/bench/storage-bench.ts` does.
    const code = await run(process.execPath, [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'tests/bench/storage-bench.ts'),
    ]);
    if (code !== 0) failures.push(`the storage bench exited with code ${code}`);
  }

  const rows: BenchRow[] = [];
  const notes: string[] = [];
  if (benches.includes('cue')) {
    console.log('\n== cue matching ==');
    // Before the browser starts, so nothing else runs in this process while it is timed.
    rows.push(...cueRows());
    notes.push(...CUE_NOTES);
  }
  if (benches.includes('typing')) {
    console.log('\n== typing ==');
    // Typing is measured in the built preview: build it, so the figures are of the code as it is.
    const built = isBuilding ? await run('npm', ['run', '--silent', 'build']) : 0;
    if (built !== 0) {
      failures.push(`\`npm run build\` exited with code ${built}, so typing was not measured`);
    } else {
      try {
        const typing = await measureTypingSpeed();
        rows.push(...typing.rows);
        notes.push(...(notes.length > 0 ? [''] : []), ...typing.details, '', ...TYPING_NOTES);
      } catch (error) {
        failures.push(
          `the typing bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  }

  if (rows.length > 0) {
    console.log('');
    for (const line of formatBenchTable(rows)) console.log(line);
    console.log(['', 'ratio = measured / floor, both taken in this run.', ...notes].join('\n'));
  }
  for (const failure of failures) console.error(`\nNot measured: ${failure}`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
