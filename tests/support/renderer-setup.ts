import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadViews } from '../../renderer/app/lazy-views';
import { preloadCallParts } from '../../renderer/features/call/lazy-call-parts';
import { closeTestApis } from './test-api';
import { TEST_NOW } from './test-clock';

// Component tests talk to main's real core. Its history reads run in a worker thread that, started
// from the TypeScript source, can take most of a second to answer first; findBy and waitFor wait
// that long and more before they give up.
configure({ asyncUtilTimeout: 3000 });

// The window loads some views on demand (renderer/app/lazy-views.tsx); loaded first, they show at
// once, as the component tests expect. The browser tests cover loading them on demand.
// Transforming them from the source can take a while on a busy machine.
beforeAll(() => Promise.all([preloadViews(), preloadCallParts()]), 60_000);

// Every component test starts at the same moment, whatever the real date: only `Date` is faked,
// and it moves on with real time, so timers, debouncing and user events behave as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TEST_NOW });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  // Main's core of every test API made in the test: closed, its temporary data folder removed.
  await closeTestApis();
});
