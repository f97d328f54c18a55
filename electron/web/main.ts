/**
 * `npm run web`: runs Copydesk in a normal browser. Prints exactly one line to
 * stdout, the address to open (tests read it); everything else goes to stderr.
 */
import { promises as fsp } from 'node:fs';
import { parseWebHostArgs, UsageError, WEB_HOST_USAGE } from './cli-options';
import { startWebHost } from './server';
import { DataFolderInUseError } from '../services/data-folder-lock';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${WEB_HOST_USAGE}\n`);
    return;
  }
  let options;
  try {
    options = parseWebHostArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`copydesk web: ${error.message}\n${WEB_HOST_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  await fsp.mkdir(options.dataDir, { recursive: true });
  let host;
  try {
    host = await startWebHost({ ...options, lockDataFolder: true });
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    process.stderr.write(`copydesk web: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`Copydesk is running at ${host.url}\n`);
  process.stderr.write(`Data folder: ${options.dataDir}\nPress Ctrl+C to stop.\n`);

  const stop = (signal: NodeJS.Signals): void => {
    process.stderr.write(`Received ${signal}, stopping...\n`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`copydesk web: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`copydesk web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
