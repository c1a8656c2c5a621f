// `npx tsx tests/bench/memory-bench.ts` (or `npm run bench -- memory`): whether the renderer keeps
// memory for calls that are over. In Chromium, over the built preview, one window takes and ends
// 200 calls the way a caller does (start form, a step, notes typed, wrap-up); the JS heap after
// 10 calls and after 200, each read after forced garbage collections, gives the growth per call.
// Alone, it needs `npm run build` first (the runner builds). It never fails on a slow machine.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import {
  endCall,
  isoDateFromToday,
  openApp,
  startCall,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
} from '../e2e/support/call-coach';
import { openBrowser } from '../e2e/support/chromium';
import { startPreview } from '../e2e/support/preview';
import { formatBenchTable, type BenchRow } from './bench-table';

const EARLY_CALLS = 10;
const LATE_CALLS = 200;
const TARGET_KB_PER_CALL = 20;
const GC_ROUNDS = 4;
// Past the autosave's quiet time and the end-of-call notice, so nothing in flight is counted.
const SETTLE_MS = 1_500;
const SIZE = `${LATE_CALLS} calls`;
const CUSTOMERS = [
  'Northwind Traders',
  'Contoso Dental',
  'Fabrikam Roofing',
  'Tailspin Foods',
  'Litware Printing',
  'Adatum Logistics',
  'Proseware Electric',
  'Wingtip Hardware',
];
const NOTE_LINES = [
  'AP says the check went out Tuesday.',
  'Promised the balance by Friday.',
  'Asked for a copy of the invoice by email.',
  'Short pay: the freight charge is disputed.',
];

interface Reading {
  readonly calls: number;
  readonly heapBytes: number;
  readonly nodes: number;
  readonly listeners: number;
}

/** Live objects by constructor, counted in a heap snapshot. */
type Census = Map<string, { count: number; bytes: number }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kb = (bytes: number) => bytes / 1024;

const CALL_BACK_ON = isoDateFromToday(2);

/** One call, as a caller takes it with the keyboard: start, tick a step, type notes, end. */
async function takeCall(page: Page, index: number): Promise<void> {
  await startCall(page, {
    customer: CUSTOMERS[index % CUSTOMERS.length]!,
    contact: 'Dana',
    invoice: `INV-${30_000 + index}`,
    amountDue: String(1_000 + ((index * 37) % 9_000)),
  });
  await toggleStepWithKeyboard(page, 'Prepare');
  await typeNotes(page, `${NOTE_LINES[index % NOTE_LINES.length]} Call ${index + 1}.`);
  await waitForNotesSaved(page);
  await endCall(page, {
    outcome: 'Callback requested',
    nextAction: 'Call back about the remittance',
    due: CALL_BACK_ON,
  });
}

/** The heap once garbage is collected (a few times: one pass leaves what finalizers free). */
async function read(cdp: CDPSession, calls: number): Promise<Reading> {
  await sleep(SETTLE_MS);
  for (let round = 0; round < GC_ROUNDS; round++) {
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  return {
    calls,
    heapBytes: usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
  };
}

/**
 * Live objects by constructor name, from a heap snapshot (which collects garbage first): what to
 * compare when the heap grows, to see what is kept.
 */
async function census(cdp: CDPSession): Promise<Census> {
  let text = '';
  const onChunk = ({ chunk }: { chunk: string }) => (text += chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byName: Census = new Map();
  for (let at = 0; at < snapshot.nodes.length; at += width) {
    const type = types[snapshot.nodes[at + typeAt!]!];
    // Objects by their constructor; strings, closures and arrays by their kind.
    const name =
      type === 'object' || type === 'native'
        ? snapshot.strings[snapshot.nodes[at + nameAt!]!]!
        : `(${type})`;
    const entry = byName.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snapshot.nodes[at + sizeAt!]!;
    byName.set(name, entry);
  }
  return byName;
}

/** The constructors whose live objects grew the most between two censuses, as lines. */
function describeGrowth(before: Census, after: Census, calls: number): string[] {
  return [...after]
    .map(([name, { count, bytes }]) => {
      const was = before.get(name) ?? { count: 0, bytes: 0 };
      return { name, count: count - was.count, bytes: bytes - was.bytes };
    })
    .filter((growth) => growth.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
    .map(
      ({ name, count, bytes }) =>
        `  ${(kb(bytes) / calls).toFixed(2).padStart(7)} KB/call  ${String(count).padStart(7)} objects  ${name.slice(0, 60)}`,
    );
}

export interface MemoryBenchResult {
  readonly rows: BenchRow[];
  /** What was done and what grew, in lines of text for under the table. */
  readonly details: string[];
}

/** Takes and ends `LATE_CALLS` calls in one window of the built preview; heap at 10 and at 200. */
export async function measureMemory(): Promise<MemoryBenchResult> {
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-memory-bench-'));
  const preview = await startPreview({ dataDir: workDir });
  const session = await openBrowser();
  try {
    const { page, context } = session;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await openApp(page, preview.url);

    let calls = 0;
    const callsUntil = async (count: number) => {
      for (; calls < count; calls++) await takeCall(page, calls);
    };
    await callsUntil(EARLY_CALLS);
    const early = await read(cdp, calls);
    const earlyCensus = await census(cdp);
    const loopStarted = performance.now();
    await callsUntil(LATE_CALLS);
    const perCallMs = (performance.now() - loopStarted) / (LATE_CALLS - EARLY_CALLS);
    const late = await read(cdp, calls);
    const lateCensus = await census(cdp);
    if (errors.length > 0) throw new Error(`The page threw: ${errors[0]}`);

    const between = LATE_CALLS - EARLY_CALLS;
    const growthKb = kb(late.heapBytes - early.heapBytes) / between;
    const rows: BenchRow[] = [
      {
        measure: `JS heap after ${LATE_CALLS} calls vs after ${EARLY_CALLS}`,
        size: SIZE,
        unit: 'KB',
        floorMs: kb(early.heapBytes),
        measuredMs: kb(late.heapBytes),
        target: null,
      },
      {
        measure: `JS heap growth per call, calls ${EARLY_CALLS + 1}–${LATE_CALLS}`,
        size: SIZE,
        unit: 'KB',
        floorMs: null,
        measuredMs: growthKb,
        target: { text: `< ${TARGET_KB_PER_CALL} KB`, isMet: growthKb < TARGET_KB_PER_CALL },
      },
      {
        measure: `DOM nodes after ${LATE_CALLS} calls vs after ${EARLY_CALLS}`,
        size: SIZE,
        unit: 'nodes',
        floorMs: early.nodes,
        measuredMs: late.nodes,
        target: null,
      },
    ];
    const details = [
      `Memory: ${LATE_CALLS} calls taken and ended in one window of the preview (start form, Enter, ` +
        `a step ticked with Space, a line of notes typed and saved, an outcome, next action and ` +
        `due date in the wrap-up, ended with Enter), ` +
        `${(perCallMs / 1000).toFixed(2)} s a call; heap read after ${GC_ROUNDS} forced garbage ` +
        `collections (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). Event listeners: ` +
        `${early.listeners} after ${EARLY_CALLS} calls, ${late.listeners} after ${LATE_CALLS}. ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s in all.`,
      `Live objects that grew most from call ${EARLY_CALLS} to ${LATE_CALLS} (heap snapshots, by constructor):`,
      ...describeGrowth(earlyCensus, lateCensus, between),
    ];
    return { rows, details };
  } finally {
    await session.close();
    await preview.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Call Coach memory bench, ${new Date().toISOString()}`);
  const { rows, details } = await measureMemory();
  console.log('');
  for (const line of formatBenchTable(rows)) console.log(line);
  console.log(['', ...details].join('\n'));
}
