/**
 * The process that gets killed: it opens the data folder like a host would,
 * then saves its drafts round-robin, forever, one save at a time, and prints
 * `ack <id> <revision>` after each save resolves. stdout is a pipe, which Node
 * writes synchronously on POSIX, so a printed ack is an acknowledged save.
 *
 * Usage: node save-loop-child.mjs <dataDir> <id,id,...>
 */
import { DraftStore } from '../../../electron/services/draft-store';
import { saveRequestFor } from '../support/crash-content';

async function main(): Promise<void> {
  const [dataDir, idList] = process.argv.slice(2);
  if (!dataDir || !idList) throw new Error('usage: save-loop-child <dataDir> <ids>');
  const ids = idList.split(',');
  const store = new DraftStore({ dataDir, log: () => {} });
  const revisions = new Map<string, number>();
  for (const id of ids) revisions.set(id, (await store.open(id)).revision);
  process.stdout.write('ready\n');
  for (let turn = 0; ; turn += 1) {
    const id = ids[turn % ids.length]!;
    const base = revisions.get(id)!;
    const { revision } = await store.save(saveRequestFor(id, base));
    revisions.set(id, revision);
    process.stdout.write(`ack ${id} ${revision}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
