import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import path from 'node:path';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The modules the window runs at start (main.tsx and all it imports statically), found once the
 * module graph is built. They go into one chunk: left alone, the bundler splits out every module
 * a lazy view shares with them, and the page fetches a dozen small files before it can start.
 */
function startChunk(): { plugin: Plugin; isStartModule: (id: string) => boolean } {
  const startModules = new Set<string>();
  const plugin: Plugin = {
    name: 'call-coach-start-chunk',
    buildEnd() {
      startModules.clear();
      const entry = path.join(root, 'renderer/main.tsx');
      const pending = [entry];
      while (pending.length > 0) {
        const id = pending.pop()!;
        if (startModules.has(id)) continue;
        startModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, isStartModule: (id) => startModules.has(id) };
}

const start = startChunk();

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
    plugins: [react(), start.plugin],
    build: {
      outDir: path.join(root, 'out/renderer'),
      // electron-vite leaves output unminified; the UI parses faster at start-up minified.
      minify: true,
      rollupOptions: {
        input: path.join(root, 'renderer/index.html'),
        // The views loaded on demand (renderer/app/lazy-views.tsx) stay in chunks of their own.
        output: { codeSplitting: { groups: [{ name: 'start', test: start.isStartModule }] } },
      },
    },
  },
});
