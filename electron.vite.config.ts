import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { exportPreviewStyleCsp } from './scripts/export-preview-style-csp';
import { resolve } from 'node:path';

/** Builds the desktop app: main process, sandboxed preload, and the renderer. */
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The import's reader worker (jsdom, Readability, mammoth) runs on its own thread: electron/import/dom-reader.
          'dom-reader-worker': resolve(import.meta.dirname, 'electron/import/dom-reader/dom-reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require 'electron': bundle everything else, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), exportPreviewStyleCsp()],
    // The check worker (renderer/worker) is a module worker: ES output, so it can share chunks.
    worker: { format: 'es' },
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
