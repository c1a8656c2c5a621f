import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import path from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out/main'),
      rollupOptions: {
        input: {
          index: path.join(root, 'electron/main/index.ts'),
          // The workers run in their own threads from their own files, beside index.js.
          'read-worker': path.join(root, 'electron/main/worker/read-worker.ts'),
          'import-worker': path.join(root, 'electron/main/worker/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out/preload'),
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: path.join(root, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: path.join(root, 'out/renderer'),
      // electron-vite leaves output unminified; the UI parses faster at start-up minified.
      minify: true,
      rollupOptions: { input: path.join(root, 'renderer/index.html') },
    },
  },
});
