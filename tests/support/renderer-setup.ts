import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { TEST_NOW } from './test-clock';

// Every component test starts at the same moment, whatever the real date: only `Date` is faked,
// and it moves on with real time, so timers, debouncing and user events behave as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: TEST_NOW });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
