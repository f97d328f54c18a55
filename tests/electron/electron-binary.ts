import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Finds the Electron binary without triggering the package's lazy download,
 * which would fail (and print a stack trace) on machines without network.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(packageDir, 'dist', relative)
      : '';
  if (candidate && fs.existsSync(candidate)) return { path: candidate };
  return {
    reason: override
      ? `no Electron binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH)`
      : 'the Electron binary is not installed (it cannot be downloaded on this machine); set ELECTRON_OVERRIDE_DIST_PATH to a local copy to run this test',
  };
}
