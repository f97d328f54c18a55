/**
 * The web host as the benchmarks start it: electron/web/main.ts's startWebHost
 * with the renderer built for this run (--static) and the same data-folder lock. Prints the same ready line
 * as `npm run web`, and closes cleanly (pending index writes included) on SIGTERM.
 */
import { startWebHost } from '../../../electron/web/server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const dataDir = value('--data');
  if (!dataDir) throw new Error('usage: host-main.ts --data DIR [--static DIR]');
  const staticDir = value('--static');
  // As `npm run web` starts it (electron/web/main.ts), the data-folder lock included.
  const host = await startWebHost({
    dataDir,
    lockDataFolder: true,
    ...(staticDir ? { staticDir } : {}),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(`Copydesk is running at ${host.url}\n`);
  process.once('SIGTERM', () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
