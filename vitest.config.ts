import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Four projects: Node for shared/ and electron/, jsdom for the renderer, the end-to-end tests
// that drive the built preview in Chromium, and those that drive the built app in Electron
// (both run after `npm run build`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          globals: true,
          // Closing a core waits for its worker threads, which start from source through tsx.
          hookTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/renderer-setup.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own preview servers and browser; two cores run two at a time.
          maxWorkers: 2,
        },
      },
      {
        test: {
          // The built app in a real Electron (after `npm run build`); skipped where no Electron
          // binary exists, which is every machine that could not download it.
          name: 'electron-app',
          environment: 'node',
          include: ['tests/electron-app/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Electron at a time: each takes a whole core while it starts.
          maxWorkers: 1,
        },
      },
    ],
  },
});
