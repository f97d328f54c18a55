#!/usr/bin/env node
// `npm start`: builds and opens the desktop app. Where the Electron binary
// cannot be had (no network to download it), says so and points to the web host.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function findElectronBinary() {
  try {
    // Resolving the package downloads the binary on first use where the network allows it.
    return { path: require('electron') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const electron = findElectronBinary();
if (!electron.path) {
  console.error(
    [
      '',
      'Copydesk: the Electron binary is not available on this machine, so the desktop app cannot open.',
      `  (${electron.error})`,
      '',
      'Run the same app in your browser instead:',
      '  npm run web',
      '',
      'To use a local copy of Electron, set ELECTRON_OVERRIDE_DIST_PATH to its folder and run npm start again.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(electron.path, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
