import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The typing baseline: a page with nothing but Lexical's core, rich text and
 * history. No React, no Copydesk plugins. Built by tests/bench/run.ts into the
 * run's scratch folder (its --outDir), never into the repository.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'chrome120',
    emptyOutDir: true,
    sourcemap: false,
  },
});
