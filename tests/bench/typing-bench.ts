// `npx tsx tests/bench/typing-bench.ts` (or `npm run bench`): how fast the notes take keystrokes
// in the real UI, in Chromium, over the browser preview with 100,000 calls stored. Every figure
// sits beside floors measured in the same browser, in the same run, round by round with it: a
// plain textarea, and a bare React textarea. It never fails on a slow machine: a missed target is
// marked ✗ and the exit code stays 0. Alone, it needs `npm run build` first (the runner builds).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import { launchChromium } from '../e2e/support/chromium';
import { startPreview } from '../e2e/support/preview';
import { atMostTimes, formatBenchTable, formatMs, type BenchRow } from './bench-table';
import { benchNotes } from './cue-bench';
import { summarize, type Summary } from './samples';
import { CACHE_DIR, seededCopy, type SeedSpec } from './seed-database';
import {
  addRenderCensus,
  buildBareReact,
  installProbe,
  openPlainFloor,
  openReactFloor,
  startRenderCensus,
  stopRenderCensus,
  takeProbe,
  type LongFrame,
  type ProbeTake,
  type RenderCensus,
} from './typing-pages';

// The storage bench's 100,000-call size, so both share one cached seed.
const SEED: SeedSpec = { calls: 100_000, noteChunks: 15, accounts: 20_000 };
const SIZE = '100,000 calls';
const VIEWPORT = { width: 380, height: 640 };
const NOTES_BEFORE_CHARS = 1_500;
const KEY_DELAY_MS = 40;
// Short rounds, so that a noisy moment on a shared machine lands on each target alike.
const ROUND_CHARS = 20;
const ROUNDS_NONE_OPEN = 6;
const ROUNDS_ALL_OPEN = 12;
const CENSUS_CHARS = 40;
const THROTTLE_RATE = 4;
const THROTTLED_BURSTS = 4;
const BURST_CHARS = 25;
// Past both the autosave's quiet time (300 ms) and the cue reading's (350 ms), and the save.
const PAUSE_MS = 1_200;
const LONG_TASK_MS = 50;
const P95_TARGET = 1.3;

interface Target {
  readonly name: 'app' | 'plain' | 'react';
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly notes: Locator;
}

interface Round {
  readonly latencies: number[];
  readonly keys: number;
  /** Main-thread time by kind over the round (CDP Performance metrics), ms. */
  readonly scriptMs: number;
  readonly styleAndLayoutMs: number;
  readonly taskMs: number;
}

interface Phase {
  readonly latency: Summary;
  readonly scriptPerKey: number;
  readonly styleAndLayoutPerKey: number;
  readonly taskPerKey: number;
}

const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const picked: Record<string, number> = {};
  for (const { name, value } of list) if (METRICS.includes(name)) picked[name] = value * 1000;
  return picked;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the app says everything typed is stored, so every round starts from rest. */
async function settled(target: Target): Promise<void> {
  if (target.name === 'app') {
    await target.page.getByText('All changes saved', { exact: true }).waitFor();
  }
}

/**
 * Brings the target's window to the front, puts the caret at the end of the notes, and forgets
 * what the probe saw getting there.
 */
async function caretAtEnd(target: Target): Promise<void> {
  // Headless Chromium serves input and frames to the other windows only every half second or so.
  await target.page.bringToFront();
  await target.notes.focus();
  await takeProbe(target.page);
  await target.page.keyboard.press('Control+End');
  // Two keydowns: Control and End.
  await allTimed(target, 2);
  await takeProbe(target.page);
}

/** Waits until the probe has timed `keys` keystrokes (their frames may still be to come). */
async function allTimed(target: Target, keys: number): Promise<void> {
  // Polled from here: the app's policy forbids the string evaluation waitForFunction uses.
  const deadline = performance.now() + 10_000;
  let timed = 0;
  while ((timed = await target.page.evaluate<number>('window.__typingProbe.count()')) < keys) {
    if (performance.now() > deadline) {
      throw new Error(`${target.name}: ${keys} keys typed, ${timed} reached a frame in 10 s.`);
    }
    await sleep(50);
  }
}

/** Types `text` into the target's notes key by key and returns what each keystroke took. */
async function typeRound(target: Target, text: string): Promise<Round> {
  await settled(target);
  await caretAtEnd(target);
  const before = await metrics(target.cdp);
  await target.page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await allTimed(target, text.length);
  const after = await metrics(target.cdp);
  const { latencies } = await takeProbe(target.page);
  if (latencies.length !== text.length) {
    throw new Error(`${target.name}: ${text.length} keys typed, ${latencies.length} timed.`);
  }
  const spent = (name: string) => after[name]! - before[name]!;
  return {
    latencies,
    keys: text.length,
    scriptMs: spent('ScriptDuration'),
    styleAndLayoutMs: spent('RecalcStyleDuration') + spent('LayoutDuration'),
    taskMs: spent('TaskDuration'),
  };
}

function phaseOf(rounds: readonly Round[]): Phase {
  const keys = rounds.reduce((sum, round) => sum + round.keys, 0);
  const total = (pick: (round: Round) => number) =>
    rounds.reduce((sum, round) => sum + pick(round), 0);
  return {
    latency: summarize(rounds.flatMap((round) => round.latencies)),
    scriptPerKey: total((round) => round.scriptMs) / keys,
    styleAndLayoutPerKey: total((round) => round.styleAndLayoutMs) / keys,
    taskPerKey: total((round) => round.taskMs) / keys,
  };
}

/** What a caller types, `chars` at a time: sentences with a line break now and then. */
function typedChunks(seed: number, chunks: number, chars: number): string[] {
  const text = ` ${benchNotes(chunks * chars - 1, seed)}`;
  return Array.from({ length: chunks }, (_, i) => text.slice(i * chars, (i + 1) * chars));
}

/**
 * `rounds` rounds of the same text in each target; which target goes first turns each round, so
 * a noisy moment on the machine lands on each of them alike.
 */
async function alternateRounds(
  targets: readonly Target[],
  rounds: number,
  seed: number,
): Promise<Map<Target['name'], Phase>> {
  const byTarget = new Map<Target['name'], Round[]>(targets.map((t) => [t.name, []]));
  for (const [round, text] of typedChunks(seed, rounds, ROUND_CHARS).entries()) {
    for (let turn = 0; turn < targets.length; turn++) {
      const target = targets[(round + turn) % targets.length]!;
      byTarget.get(target.name)!.push(await typeRound(target, text));
    }
  }
  return new Map([...byTarget].map(([name, list]) => [name, phaseOf(list)]));
}

/** Starts a call from the start form, as a caller does, and waits for its steps. */
async function startCall(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Start a call' }).waitFor({ timeout: 30_000 });
  await page.getByLabel(/^Customer(?! since)/).fill('Northwind Traders');
  await page.getByLabel('Contact', { exact: true }).fill('Dana');
  await page.getByLabel('Invoice', { exact: true }).fill('INV-20417');
  await page.getByLabel('Amount due').fill('4860');
  await page.getByLabel(/^Customer(?! since)/).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Call steps' }).waitFor();
}

/**
 * Opens every situation of the default playbook by its keys, and each time goes back to the
 * coach card with Escape, so the notes stay in view. Checks that all of them show as open.
 */
async function openEverySituation(page: Page): Promise<number> {
  for (const branch of defaultArPlaybook.branches) {
    await page.keyboard.press(`Alt+Shift+${branch.key}`);
    const form = page.getByRole('region', { name: branch.title, exact: true });
    await form.waitFor();
    // A field may take the first Escape for itself (closing a list it opened).
    for (let press = 0; press < 3 && (await form.isVisible()); press++) {
      await page.keyboard.press('Escape');
      await sleep(100);
    }
    await form.waitFor({ state: 'hidden' });
  }
  const toolbar = page.getByRole('toolbar', { name: 'Situations' });
  const buttons = await toolbar.getByRole('button').count();
  const open = await toolbar.getByRole('button', { pressed: true }).count();
  if (open !== defaultArPlaybook.branches.length || open !== buttons) {
    throw new Error(`${open} of ${buttons} situations show as open after opening each one.`);
  }
  return open;
}

async function newTarget(
  context: BrowserContext,
  name: Target['name'],
  open: (page: Page) => Promise<void>,
): Promise<Target> {
  const page = await context.newPage();
  await open(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await installProbe(page);
  return { name, page, cdp, notes: page.getByRole('textbox', { name: 'Notes', exact: true }) };
}

interface Throttled {
  readonly latency: Summary;
  readonly longTasks: readonly number[];
  readonly frames: readonly LongFrame[];
}

/**
 * Typing in bursts with the CPU slowed `THROTTLE_RATE` times, pausing after each burst long
 * enough for the autosave and the cue reading to run; everything the pauses run counts too.
 */
async function typeThrottled(targets: readonly Target[]): Promise<Map<Target['name'], Throttled>> {
  const seen = new Map<Target['name'], ProbeTake[]>(targets.map((t) => [t.name, []]));
  for (const target of targets) {
    await settled(target);
    await target.cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
  }
  try {
    for (const [burst, text] of typedChunks(50, THROTTLED_BURSTS, BURST_CHARS).entries()) {
      for (let turn = 0; turn < targets.length; turn++) {
        const target = targets[(burst + turn) % targets.length]!;
        await caretAtEnd(target);
        await target.page.keyboard.type(text, { delay: KEY_DELAY_MS });
        await sleep(PAUSE_MS);
        seen.get(target.name)!.push(await takeProbe(target.page));
      }
    }
  } finally {
    for (const target of targets) {
      await target.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  }
  return new Map(
    [...seen].map(([name, takes]) => [
      name,
      {
        latency: summarize(takes.flatMap((take) => take.latencies)),
        longTasks: takes.flatMap((take) => take.longTasks),
        frames: takes.flatMap((take) => take.frames),
      },
    ]),
  );
}

/** The census of what the app renders while `chars` keys are typed into the notes. */
async function countRenders(app: Target, chars: number): Promise<RenderCensus> {
  await settled(app);
  await caretAtEnd(app);
  // One key first: the census compares each commit with the tree the one before left.
  await startRenderCensus(app.page);
  await app.page.keyboard.type(' ', { delay: KEY_DELAY_MS });
  await sleep(100);
  await app.page.keyboard.type(typedChunks(90, 1, chars)[0]!, { delay: KEY_DELAY_MS });
  await sleep(100);
  const census = await stopRenderCensus(app.page);
  await takeProbe(app.page);
  return census;
}

export interface TypingBenchResult {
  readonly rows: BenchRow[];
  /** Where the time goes, in lines of text for under the table. */
  readonly details: string[];
}

/**
 * Where the long frames' script time went, by what ran it (an input event at React's root, a
 * timer, a broadcast from main), most first; and the frame with the most script.
 */
function describeFrames(frames: readonly LongFrame[]): string[] {
  const byInvoker = new Map<string, { ms: number; frames: number }>();
  for (const frame of frames) {
    for (const script of frame.scripts) {
      const invoker = script.invoker || '(unnamed)';
      const total = byInvoker.get(invoker) ?? { ms: 0, frames: 0 };
      byInvoker.set(invoker, { ms: total.ms + script.duration, frames: total.frames + 1 });
    }
  }
  const scriptMs = (frame: LongFrame) => frame.scripts.reduce((sum, s) => sum + s.duration, 0);
  const heaviest = [...frames].sort((a, b) => scriptMs(b) - scriptMs(a))[0];
  return [
    ...[...byInvoker]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 6)
      .map(
        ([invoker, { ms, frames: count }]) =>
          `  ${formatMs(ms).padStart(6)} ms  ${invoker} (in ${count} frames)`,
      ),
    ...(heaviest === undefined
      ? []
      : [
          `  heaviest: a ${formatMs(heaviest.duration)} ms frame, ` +
            `${formatMs(heaviest.styleAndLayout)} ms of style and layout, script: ` +
            heaviest.scripts
              .map((s) => `${s.invoker} ${formatMs(s.duration)} ms (${s.source || 'no source'})`)
              .join('; '),
        ]),
  ];
}

function rowsOf(
  none: Map<Target['name'], Phase>,
  all: Map<Target['name'], Phase>,
  throttled: Map<Target['name'], Throttled>,
): BenchRow[] {
  const plain = all.get('plain')!;
  const react = all.get('react')!;
  const app = all.get('app')!;
  const row = (
    measure: string,
    floorMs: number | null,
    measuredMs: number,
    target: BenchRow['target'] = null,
  ): BenchRow => ({ measure, size: SIZE, floorMs, measuredMs, target });
  const typing = 'notes key to next frame, all situations open';
  const slowPlain = throttled.get('plain')!;
  const slowApp = throttled.get('app')!;
  const longest = (tasks: readonly number[]) => (tasks.length === 0 ? 0 : Math.max(...tasks));
  const overIn = (tasks: readonly number[]) => tasks.filter((ms) => ms > LONG_TASK_MS).length;
  const over = overIn(slowApp.longTasks);
  return [
    row(`${typing}, p50`, plain.latency.p50, app.latency.p50),
    row(
      `${typing}, p95`,
      plain.latency.p95,
      app.latency.p95,
      atMostTimes(P95_TARGET, plain.latency.p95, app.latency.p95),
    ),
    row(`${typing}, p99`, plain.latency.p99, app.latency.p99),
    row(`${typing}, p95 vs bare React`, react.latency.p95, app.latency.p95),
    row('script per key vs bare React, all open', react.scriptPerKey, app.scriptPerKey),
    row('style + layout per key, all open', plain.styleAndLayoutPerKey, app.styleAndLayoutPerKey),
    row('main-thread tasks per key, all open', plain.taskPerKey, app.taskPerKey),
    row(
      'notes key to next frame, none open, p95',
      none.get('plain')!.latency.p95,
      none.get('app')!.latency.p95,
    ),
    row(
      'script per key vs bare React, none open',
      none.get('react')!.scriptPerKey,
      none.get('app')!.scriptPerKey,
    ),
    row('bare React vs plain textarea, p95 (floors)', plain.latency.p95, react.latency.p95),
    row(
      `key to next frame, CPU ${THROTTLE_RATE}× slower, p99`,
      slowPlain.latency.p99,
      slowApp.latency.p99,
    ),
    row(
      `longest task, CPU ${THROTTLE_RATE}× slower (${over} over ${LONG_TASK_MS} ms; ` +
        `plain ${overIn(slowPlain.longTasks)})`,
      slowPlain.longTasks.length === 0 ? null : longest(slowPlain.longTasks),
      longest(slowApp.longTasks),
      { text: `none over ${LONG_TASK_MS} ms`, isMet: over === 0 },
    ),
  ];
}

/**
 * Seeds (or reuses) 100,000 stored calls, serves the built preview over them, and types into the
 * notes of a live call in Chromium at 380×640, round by round with the two floors: first with no
 * situation open, then with every situation open, then with the CPU slowed 4×.
 */
export async function measureTypingSpeed(
  log: (line: string) => void = console.log,
): Promise<TypingBenchResult> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-typing-bench-'));
  const copy = seededCopy(SEED, workDir);
  log(
    `typing: ${SIZE} (${copy.isCacheReused ? 'cache reused' : 'seeded and cached'} in ${CACHE_DIR}), ` +
      `copied in ${elapsed()}`,
  );
  const reactScript = await buildBareReact();
  const preview = await startPreview({ dataDir: copy.dataDir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'en-US',
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(30_000);
    const notes = benchNotes(NOTES_BEFORE_CHARS, 7);
    const app = await newTarget(context, 'app', async (page) => {
      await addRenderCensus(page);
      await page.goto(preview.url);
      await startCall(page);
      await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(notes);
    });
    const plain = await newTarget(context, 'plain', (page) => openPlainFloor(page, notes));
    const react = await newTarget(context, 'react', (page) =>
      openReactFloor(page, reactScript, notes),
    );
    const targets = [app, plain, react];

    log(`typing: preview and pages ready (${elapsed()})`);

    const none = await alternateRounds(targets, ROUNDS_NONE_OPEN, 100);
    log(`typing: ${ROUNDS_NONE_OPEN} rounds with no situation open done (${elapsed()})`);
    const open = await openEverySituation(app.page);
    const all = await alternateRounds(targets, ROUNDS_ALL_OPEN, 200);
    log(`typing: ${ROUNDS_ALL_OPEN} rounds with all ${open} situations open done (${elapsed()})`);
    const census = await countRenders(app, CENSUS_CHARS);
    const throttled = await typeThrottled([app, plain]);
    log(
      `typing: ${THROTTLED_BURSTS} bursts with the CPU ${THROTTLE_RATE}× slower done (${elapsed()})`,
    );

    const perKey = (count: number) => (count / (CENSUS_CHARS + 1)).toFixed(1);
    const slowApp = throttled.get('app')!;
    const details = [
      `Typing: ${ROUNDS_ALL_OPEN} rounds of ${ROUND_CHARS} keys with every situation open (${ROUNDS_NONE_OPEN} ` +
        `with none open before) into each of the app's notes, a plain textarea and a bare React ` +
        `textarea, ${KEY_DELAY_MS} ms apart, after ${NOTES_BEFORE_CHARS.toLocaleString('en-US')} characters of notes; Chromium ` +
        `${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}.`,
      `Components rendered per key in the app, all situations open: ${perKey(census.renders)} ` +
        `(${perKey(census.commits)} commits; a bare React textarea renders 1), by the element each draws:`,
      ...census.byElement
        .slice(0, 12)
        .map(([where, count]) => `  ${perKey(count).padStart(5)}  ${where}`),
      `Long animation frames with the CPU ${THROTTLE_RATE}× slower: ${slowApp.frames.length} in the ` +
        `app, ${throttled.get('plain')!.frames.length} in the plain textarea` +
        (slowApp.frames.length > 0 ? '. Their script time in the app, by what ran it:' : '.'),
      ...describeFrames(slowApp.frames),
    ];
    return { rows: rowsOf(none, all, throttled), details };
  } finally {
    await browser.close();
    await preview.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** What the typing rows' floors are, for under the table. */
export const TYPING_NOTES = [
  'Typing: key to next frame = keydown event time to a message posted from the next animation',
  "frame (after that frame's style, layout and paint), in the page. Floors, in the same browser",
  'and run, round by round with the app: a plain textarea (key to frame, style + layout) and a',
  'bare React 19 controlled textarea (script per key). Per-key times are CDP Performance',
  'metrics over each round divided by its keys (autosaves during the round included).',
  `The ${P95_TARGET}× p95 target is against the plain textarea; long tasks are counted over the`,
  'bursts and the pauses after them (autosave, cue reading), by a longtask PerformanceObserver.',
];

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  console.log(`Call Coach typing bench, ${new Date().toISOString()}`);
  const { rows, details } = await measureTypingSpeed();
  console.log('');
  for (const line of formatBenchTable(rows)) console.log(line);
  console.log(['', ...details, '', ...TYPING_NOTES].join('\n'));
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
