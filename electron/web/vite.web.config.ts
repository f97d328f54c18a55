import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Builds the web host into out/web/main.js, so `node out/web/main.js` starts
 * without compiling TypeScript at every start (tsx). Dependencies stay in
 * node_modules (an SSR build keeps them external); modules loaded on first use
 * (the import pipeline, export sanitizing) stay separate chunks, and the
 * import's reader worker is an entry of its own, found beside the chunks as
 * in the desktop build.
 */
export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: resolve(root, 'out/web'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: {
        main: resolve(root, 'electron/web/main.ts'),
        'dom-reader-worker': resolve(root, 'electron/import/dom-reader/dom-reader-worker.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
