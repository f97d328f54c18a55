import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { exportPreviewStyleCsp } from './scripts/export-preview-style-csp';
import { fileURLToPath } from 'node:url';

/** The renderer as a plain web app: served by the web host and used for end-to-end tests. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), exportPreviewStyleCsp()],
  // The check worker (renderer/worker) is a module worker: ES output, so it can share chunks.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
});
