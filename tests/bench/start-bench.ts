// How fast the window becomes usable: from navigation to the start form's first field on the
// page and enabled, in Chromium over the built browser preview, against a blank React page
// built with the renderer's toolchain and served by the same server code. Cold navigations (a
// fresh browser context each: no HTTP or code cache), the two pages in turn. Needs `npm run build`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { START_FORM_FIRST_FIELD_ID } from '../../renderer/features/call/call-element-ids';
import { launchChromium } from '../e2e/support/chromium';
import { startPreview } from '../e2e/support/preview';
import { atMostTimes, formatMs, type BenchRow } from './bench-table';
import { startFloorPage } from './blank-react/floor-page';
import { summarize } from './samples';

const NAVIGATIONS = 20;
const RATIO_TARGET = 1.3;
const VIEWPORT = { width: 380, height: 640 };
/** The one field the blank page renders (tests/bench/blank-react/main.tsx). */
export const FLOOR_FIELD_SELECTOR = '#blank-field';
export const APP_FIELD_SELECTOR = `#${START_FORM_FIRST_FIELD_ID}`;

// Runs before the page's own scripts: notes the moment (ms since navigation start) the field is
// first on the page and enabled. A mutation observer's callback runs right after the DOM change,
// before the frame is painted, the same way in both pages.
const readyProbe = (selector: string) => `(() => {
  const isReady = () => {
    const field = document.querySelector(${JSON.stringify(selector)});
    return field !== null && !field.disabled;
  };
  const observer = new MutationObserver(() => {
    if (window.__fieldReadyAt !== undefined || !isReady()) return;
    window.__fieldReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (polling: the app's policy forbids the string evaluation waitForFunction uses). */
async function readyAt(page: Page): Promise<number> {
  const deadline = performance.now() + 20_000;
  for (;;) {
    const at = await page.evaluate<number | undefined>('window.__fieldReadyAt');
    if (at !== undefined) return at;
    if (performance.now() > deadline) throw new Error(`${page.url()}: no ready field in 20 s.`);
    await sleep(20);
  }
}

export interface ColdStart {
  readonly page: Page;
  /** Navigation start to the field being on the page and enabled, ms. */
  readonly readyMs: number;
  close(): Promise<void>;
}

/** Opens `url` in a fresh context of `browser` and waits until `selector` is ready. */
export async function coldStart(
  browser: Browser,
  url: string,
  selector: string,
): Promise<ColdStart> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: readyProbe(selector) });
    await page.goto(url);
    return { page, readyMs: await readyAt(page), close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The start form really is what the app showed: its heading, and no live call. */
async function checkStartForm(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Start a call' }).waitFor({ timeout: 5_000 });
  if ((await page.getByRole('list', { name: 'Call steps' }).count()) > 0) {
    throw new Error('The app showed a live call where the start form was expected.');
  }
}

/**
 * `NAVIGATIONS` cold navigations of the app's preview (no call open, empty data folder) and of
 * the blank React page, in turn (which goes first swaps each round), after one untimed of each.
 */
export async function measureStart(): Promise<{ rows: BenchRow[]; details: string[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-start-bench-'));
  const floor = await startFloorPage();
  const preview = await startPreview({ dataDir });
  const browser = await launchChromium();
  try {
    const targets = [
      { name: 'app', url: preview.url, selector: APP_FIELD_SELECTOR },
      { name: 'floor', url: floor.url, selector: FLOOR_FIELD_SELECTOR },
    ] as const;
    const samples = { app: [] as number[], floor: [] as number[] };
    for (let round = -1; round < NAVIGATIONS; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        const start = await coldStart(browser, target.url, target.selector);
        if (target.name === 'app') await checkStartForm(start.page);
        await start.close();
        if (round >= 0) samples[target.name].push(start.readyMs);
      }
    }
    const app = summarize(samples.app);
    const blank = summarize(samples.floor);
    const size = `${NAVIGATIONS} cold loads`;
    const rows: BenchRow[] = [
      {
        measure: 'navigation to start form ready, p50',
        size,
        floorMs: blank.p50,
        measuredMs: app.p50,
        target: atMostTimes(RATIO_TARGET, blank.p50, app.p50),
      },
      {
        measure: 'navigation to start form ready, p95',
        size,
        floorMs: blank.p95,
        measuredMs: app.p95,
        target: null,
      },
    ];
    const list = (values: readonly number[]) => values.map((ms) => formatMs(ms)).join(' ');
    const details = [
      `Start: navigation start to the first field of the start form on the page and enabled ` +
        `(the app knows no call is open), against a blank React 19 page's one field; ` +
        `${NAVIGATIONS} cold navigations each (a fresh context: no cache), in turn, in Chromium ` +
        `${browser.version()} at ${VIEWPORT.width}×${VIEWPORT.height}, both pages served by the ` +
        `preview's server code with its bridge script. Target: median ≤ ${RATIO_TARGET}× the floor's.`,
      `  app ms:   ${list(samples.app)}`,
      `  floor ms: ${list(samples.floor)}`,
    ];
    return { rows, details };
  } finally {
    await browser.close();
    await preview.stop();
    await floor.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
