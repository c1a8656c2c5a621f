import path from 'node:path';
import { defineConfig } from 'vite';

// Builds the browser preview, which is not part of the packaged app:
//   --mode bridge  the page-side script that stands in for the preload (one IIFE file)
//   --mode server  the Node server that serves the UI and main's handlers
const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'out/preview');

export default defineConfig(({ mode }) =>
  mode === 'bridge'
    ? {
        root,
        build: {
          outDir,
          emptyOutDir: false,
          lib: {
            entry: path.join(root, 'electron/preview/bridge.ts'),
            formats: ['iife'],
            name: 'callCoachPreviewBridge',
            fileName: () => 'preview-bridge.js',
          },
        },
      }
    : {
        root,
        build: {
          outDir,
          emptyOutDir: false,
          ssr: true,
          target: 'node20',
          rollupOptions: {
            input: {
              server: path.join(root, 'electron/preview/server.ts'),
              // Main's workers, beside server.js, as in the desktop app's build.
              'read-worker': path.join(root, 'electron/main/worker/read-worker.ts'),
              'import-worker': path.join(root, 'electron/main/worker/import-worker.ts'),
            },
            output: { entryFileNames: '[name].js' },
          },
        },
      },
);
