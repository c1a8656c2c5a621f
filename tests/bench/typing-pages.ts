// What the typing bench puts into pages: a probe that times each keystroke to the frame after it
// and records long tasks, a stand-in for React DevTools that counts the components each commit
// renders, and the two floors (a plain textarea, and a bare React textarea built with the
// project's own React). Page scripts are plain strings: a function compiled by tsx may refer to
// helpers that do not exist in the page.

import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { PROJECT_ROOT } from '../e2e/support/preview';

/** One long animation frame (over 50 ms) and the scripts that ran in it, longest first. */
export interface LongFrame {
  readonly duration: number;
  readonly blocking: number;
  readonly styleAndLayout: number;
  readonly scripts: readonly {
    readonly invoker: string;
    readonly source: string;
    readonly duration: number;
    readonly forcedLayout: number;
  }[];
}

/** What the probe saw since it was last emptied. */
export interface ProbeTake {
  /** keydown (its event time) to the task after the next frame's rendering, ms, one per key. */
  readonly latencies: number[];
  readonly longTasks: number[];
  readonly frames: LongFrame[];
}

// A keydown's `timeStamp` is when the input reached the page, so time spent queued behind a busy
// main thread counts. A message posted from the next animation frame arrives only once that
// frame's style, layout and paint have run.
const PROBE = `(() => {
  if (window.__typingProbe) return;
  const seen = { latencies: [], longTasks: [], frames: [] };
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => seen.latencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.frames.push({
          duration: entry.duration,
          blocking: entry.blockingDuration,
          styleAndLayout: entry.styleAndLayoutStart
            ? entry.startTime + entry.duration - entry.styleAndLayoutStart
            : 0,
          scripts: [...entry.scripts]
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3)
            .map((script) => ({
              invoker: script.invoker,
              source: [script.sourceFunctionName, script.sourceURL.split('/').pop(), script.sourceCharPosition]
                .filter((part) => part !== '' && part !== -1 && part !== undefined)
                .join(':'),
              duration: script.duration,
              forcedLayout: script.forcedStyleAndLayoutDuration,
            })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {}
  window.__typingProbe = {
    count: () => seen.latencies.length,
    take() {
      const taken = { latencies: seen.latencies, longTasks: seen.longTasks, frames: seen.frames };
      seen.latencies = [];
      seen.longTasks = [];
      seen.frames = [];
      return taken;
    },
  };
})()`;

/** Puts the probe into `page` (once); it listens from then on. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** Everything the probe saw since the last call, and empties it. */
export async function takeProbe(page: Page): Promise<ProbeTake> {
  return page.evaluate<ProbeTake>('window.__typingProbe.take()');
}

/** How many components React rendered while counting, and where in the page. */
export interface RenderCensus {
  readonly commits: number;
  readonly renders: number;
  /** Components rendered, by the first element each one draws ("div.notes"), most first. */
  readonly byElement: readonly (readonly [string, number])[];
}

// React's production build still reports every commit to the DevTools hook, when one is there
// before React loads. A component rendered in a commit if its fiber was re-created for the commit
// (it is not the same object as in the last commit's tree) with new props or new hook state; one
// React skipped keeps both. Walking the tree costs time, so it only runs while counting.
const RENDER_CENSUS = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const census = { state: 'off', commits: 0, renders: 0, byElement: {} };
  let previous = new WeakSet();
  const describe = (fiber) => {
    let host = fiber.child;
    while (host && typeof host.type !== 'string') host = host.child;
    const element = host && host.stateNode;
    if (!(element instanceof Element)) return '(nothing drawn)';
    const id = element.id ? '#' + element.id : '';
    const className = element.classList[0] ? '.' + element.classList[0] : '';
    const label = element.getAttribute('aria-label');
    return element.localName + id + className + (label ? '[' + label + ']' : '');
  };
  const onCommit = (root) => {
    if (census.state === 'off') return;
    const seen = new WeakSet();
    const isCounting = census.state === 'counting';
    if (isCounting) census.commits += 1;
    const stack = [root.current];
    while (stack.length > 0) {
      const fiber = stack.pop();
      seen.add(fiber);
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
      if (!isCounting || !COMPONENT_TAGS.has(fiber.tag) || previous.has(fiber)) continue;
      const before = fiber.alternate;
      if (before && before.memoizedProps === fiber.memoizedProps && before.memoizedState === fiber.memoizedState) continue;
      census.renders += 1;
      const where = describe(fiber);
      census.byElement[where] = (census.byElement[where] || 0) + 1;
    }
    previous = seen;
    if (census.state === 'warming') census.state = 'counting';
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, renderer);
      return id;
    },
    onCommitFiberRoot: (_id, root) => onCommit(root),
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  window.__renderCensus = {
    // The first commit after starting only records the tree, to compare the next ones with.
    start() {
      Object.assign(census, { state: 'warming', commits: 0, renders: 0, byElement: {} });
    },
    stop() {
      census.state = 'off';
      previous = new WeakSet();
      return {
        commits: census.commits,
        renders: census.renders,
        byElement: Object.entries(census.byElement).sort((a, b) => b[1] - a[1]),
      };
    },
  };
})()`;

/** Installs the render census in `page` before its scripts run; needs a navigation after. */
export async function addRenderCensus(page: Page): Promise<void> {
  await page.addInitScript({ content: RENDER_CENSUS });
}

export async function startRenderCensus(page: Page): Promise<void> {
  await page.evaluate('window.__renderCensus.start()');
}

export async function stopRenderCensus(page: Page): Promise<RenderCensus> {
  return page.evaluate<RenderCensus>('window.__renderCensus.stop()');
}

/** Floor 1: a plain textarea, three lines tall across the width, as the notes are. */
const PLAIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor: plain textarea</title></head>
<body style="margin: 8px"><textarea aria-label="Notes" rows="3" style="box-sizing: border-box; width: 100%"></textarea></body></html>`;

/** Floor 2: the same textarea, controlled by one React component. */
const REACT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor: bare React textarea</title></head>
<body style="margin: 8px"><div id="root"></div></body></html>`;

const BARE_REACT_ID = 'virtual:bare-react-textarea';
const BARE_REACT_SOURCE = `
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Notes({ initial }) {
  const [value, setValue] = useState(initial);
  return createElement('textarea', {
    'aria-label': 'Notes',
    rows: 3,
    style: { boxSizing: 'border-box', width: '100%' },
    value,
    onChange: (event) => setValue(event.target.value),
  });
}

createRoot(document.getElementById('root')).render(
  createElement(Notes, { initial: window.__initialNotes ?? '' }),
);
`;

/**
 * The bare React page's script, built with the project's vite and React in production mode, as
 * the app's renderer is. One self-contained script, built in memory.
 */
export async function buildBareReact(): Promise<string> {
  const built = await build({
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      {
        name: 'bare-react-textarea',
        resolveId: (id) => (id.endsWith(BARE_REACT_ID) ? `\0${BARE_REACT_ID}` : null),
        load: (id) => (id === `\0${BARE_REACT_ID}` ? BARE_REACT_SOURCE : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      lib: {
        entry: BARE_REACT_ID,
        formats: ['iife'],
        name: 'bareReactTextarea',
        fileName: () => 'bare-react.js',
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('Building the bare React page gave no script.');
  return chunk.code;
}

/** Opens floor 1 in `page` with `notes` already in it. */
export async function openPlainFloor(page: Page, notes: string): Promise<void> {
  await page.setContent(PLAIN_PAGE);
  await page.getByRole('textbox', { name: 'Notes' }).fill(notes);
}

/** Opens floor 2 in `page` with `notes` already in it. */
export async function openReactFloor(page: Page, script: string, notes: string): Promise<void> {
  await page.setContent(REACT_PAGE);
  await page.evaluate(`window.__initialNotes = ${JSON.stringify(notes)}`);
  await page.evaluate(script);
  await page.getByRole('textbox', { name: 'Notes' }).waitFor();
}
