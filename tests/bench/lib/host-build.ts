import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { BENCH_DIR, ROOT } from './paths';

/** How a benchmark starts the web host: built with electron/web/vite.web.config.ts and run by node, or from source through tsx. */
export type HostRunner = 'built' | 'tsx';

/**
 * Builds tests/bench/lib/host-main.ts with the web host's own build config
 * (electron/web/vite.web.config.ts), once per benchmark run. The output stays
 * inside the repository (out/bench-host) because the build leaves the
 * dependencies in node_modules, which node finds from where the script is.
 */
export async function builtHostMain(runDir: string): Promise<string> {
  const outDir = path.join(ROOT, 'out', 'bench-host');
  const entry = path.join(outDir, 'host-main.js');
  const builtFor = path.join(outDir, 'run.txt');
  if (existsSync(entry) && existsSync(builtFor) && readFileSync(builtFor, 'utf8') === runDir) return entry;
  await build({
    configFile: path.join(ROOT, 'electron', 'web', 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir, rolldownOptions: { input: { 'host-main': path.join(BENCH_DIR, 'lib', 'host-main.ts') } } },
  });
  writeFileSync(builtFor, runDir);
  return entry;
}
