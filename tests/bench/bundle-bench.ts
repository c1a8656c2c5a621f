// What the window loads to start: the JavaScript and CSS the page fetched by the time its start
// form was ready (and a quiet moment after, so anything fetched right after start-up counts
// too), gzipped as a server would send them, against a blank React page built with the
// renderer's toolchain and served the same way. Read from what Chromium fetched, so a module
// preload or a stylesheet in index.html counts whether or not the app's code asks for it.
// Needs `npm run build`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { PROJECT_ROOT, startPreview } from '../e2e/support/preview';
import { atMostTimes, type BenchRow } from './bench-table';
import { startFloorPage } from './blank-react/floor-page';
import { APP_FIELD_SELECTOR, coldStart, FLOOR_FIELD_SELECTOR } from './start-bench';

const RATIO_TARGET = 1.25;
const QUIET_AFTER_READY_MS = 1_000;
const RENDERER_DIR = path.join(PROJECT_ROOT, 'out/renderer');
/** The chunks of the views loaded on demand (renderer/app/lazy-views.tsx, call/lazy-call-parts.tsx). */
const LAZY_CHUNK =
  /^assets\/(history-view|follow-ups-view|accounts-view|playbooks-view|settings-view|active-call|compact-call|recap-panel)-/;

interface Loaded {
  /** Gzipped bytes of each JS and CSS file fetched, by path under the page's folder. */
  readonly files: ReadonlyMap<string, number>;
  readonly totalBytes: number;
}

const gzippedBytes = (file: string) => gzipSync(fs.readFileSync(file)).length;
const kib = (bytes: number) => bytes / 1024;

/** The page's own JS and CSS files it has fetched so far, read from `dir` on disk. */
async function loadedFiles(page: Page, dir: string): Promise<Loaded> {
  const urls = await page.evaluate<string[]>(
    "performance.getEntriesByType('resource').map((entry) => entry.name)",
  );
  const origin = new URL(page.url()).origin;
  const files = new Map<string, number>();
  for (const url of urls) {
    const { pathname } = new URL(url);
    if (!url.startsWith(origin) || !/\.(js|css)$/.test(pathname)) continue;
    const file = path.join(dir, decodeURIComponent(pathname));
    // The preview's bridge stands in for the preload, for both pages alike; it is not the UI's.
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file)) continue;
    files.set(pathname.slice(1), gzippedBytes(file));
  }
  const totalBytes = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { files, totalBytes };
}

/** Every JS and CSS file of a build, gzipped, by path under its folder. */
function builtFiles(dir: string): Map<string, number> {
  const assets = path.join(dir, 'assets');
  return new Map(
    fs
      .readdirSync(assets)
      .filter((name) => /\.(js|css)$/.test(name))
      .map((name) => [`assets/${name}`, gzippedBytes(path.join(assets, name))]),
  );
}

/** The files index.html itself names as module preloads. */
function modulePreloads(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map(
    (match) => match[1]!,
  );
}

const listFiles = (files: ReadonlyMap<string, number>) =>
  [...files]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `    ${kib(bytes).toFixed(1).padStart(6)} KiB  ${name}`);

/** One cold start of the app (no call open) and of the blank React page, and what each loaded. */
export async function measureBundle(): Promise<{ rows: BenchRow[]; details: string[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-bundle-bench-'));
  const floor = await startFloorPage();
  const preview = await startPreview({ dataDir });
  const browser = await launchChromium();
  try {
    const measure = async (url: string, selector: string, dir: string) => {
      const start = await coldStart(browser, url, selector);
      try {
        await new Promise((resolve) => setTimeout(resolve, QUIET_AFTER_READY_MS));
        return await loadedFiles(start.page, dir);
      } finally {
        await start.close();
      }
    };
    const app = await measure(preview.url, APP_FIELD_SELECTOR, RENDERER_DIR);
    const blank = await measure(floor.url, FLOOR_FIELD_SELECTOR, floor.dir);
    const onDemand = new Map(
      [...builtFiles(RENDERER_DIR)].filter(([name]) => !app.files.has(name)),
    );
    const onDemandBytes = [...onDemand.values()].reduce((sum, bytes) => sum + bytes, 0);
    const preloads = modulePreloads(RENDERER_DIR);
    const preloadsOfLazy = preloads.filter((name) => LAZY_CHUNK.test(name));
    const lazyAtStart = [...app.files.keys()].filter((name) => LAZY_CHUNK.test(name));
    const rows: BenchRow[] = [
      {
        measure: 'JS + CSS loaded at start, gzipped, KiB (not ms)',
        size: `${app.files.size} files`,
        floorMs: kib(blank.totalBytes),
        measuredMs: kib(app.totalBytes),
        target: atMostTimes(RATIO_TARGET, blank.totalBytes, app.totalBytes),
      },
    ];
    const details = [
      `Bundle: the JS and CSS each page had fetched ${QUIET_AFTER_READY_MS} ms after its start form ` +
        `(the blank page's field) was ready, gzipped (zlib default level), against a blank React ` +
        `19 page (createRoot rendering one field) built by Vite with @vitejs/plugin-react and the ` +
        `renderer's settings. Target: ≤ ${RATIO_TARGET}× the floor.`,
      `  app at start, ${kib(app.totalBytes).toFixed(1)} KiB:`,
      ...listFiles(app.files),
      `  blank React page, ${kib(blank.totalBytes).toFixed(1)} KiB:`,
      ...listFiles(blank.files),
      `  loaded on demand, not at start: ${onDemand.size} files, ${kib(onDemandBytes).toFixed(1)} KiB ` +
        `(the live call, History, Follow-ups, Accounts and import, Playbooks, Settings, the recap).`,
      `  module preloads in index.html: ${preloads.length === 0 ? 'none' : preloads.join(', ')}` +
        (preloadsOfLazy.length === 0
          ? ' (none of a lazy view).'
          : `; of lazy views: ${preloadsOfLazy.join(', ')}!`),
      `  lazy views fetched at start: ${lazyAtStart.length === 0 ? 'none' : lazyAtStart.join(', ')}.`,
    ];
    return { rows, details };
  } finally {
    await browser.close();
    await preview.stop();
    await floor.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
