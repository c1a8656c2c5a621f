// Builds the bench's floor page: a blank React 19 page (createRoot rendering one element), with
// the renderer's own toolchain and settings (Vite, @vitejs/plugin-react, relative base, minified;
// see electron.vite.config.ts), into a folder of its own.

import react from '@vitejs/plugin-react';
import path from 'node:path';
import { build } from 'vite';

/** Builds the blank React page into `outDir` (index.html and assets/). */
export async function buildBlankReact(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    base: './',
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: path.join(import.meta.dirname, 'index.html') },
    },
  });
}
