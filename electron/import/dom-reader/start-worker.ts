import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** The entry's name in the desktop build (electron.vite.config.ts builds it beside the main process). */
const BUILT_ENTRY = 'dom-reader-worker.js';

/**
 * Starts the reader worker. From source (the web host and CLI under tsx, the
 * tests under vitest) the entry is TypeScript, which a bare worker cannot
 * load, so the worker first registers tsx's loader; in the desktop build the
 * entry is the bundled JavaScript beside this module's chunk.
 */
export function startDomReaderWorker(resourceLimits: ResourceLimits): Worker {
  const source = new URL('./dom-reader-worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  const built = [new URL(`./${BUILT_ENTRY}`, import.meta.url), new URL(`../${BUILT_ENTRY}`, import.meta.url)].find((url) => existsSync(fileURLToPath(url)));
  if (!built) throw new Error(`The import reader (${BUILT_ENTRY}) is missing from this build of Copydesk.`);
  return new Worker(built, { resourceLimits });
}
