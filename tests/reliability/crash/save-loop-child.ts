/**
 * The process that gets killed: it opens the data folder like a host would,
 * then saves its drafts round-robin, forever, one save at a time, and prints
 * `ack <id> <revision>` after each save resolves. stdout is a pipe, which Node
 * writes synchronously on POSIX, so a printed ack is an acknowledged save.
 *
 * Usage: node save-loop-child.mjs <dataDir> <id,id,...>
 */
import { open } from 'node:fs/promises';
import { DraftStore } from '../../../electron/services/draft-store';
import { nodeFileSystem } from '../../../electron/services/file-system';
import type { FileSystem } from '../../../electron/services/file-system';
import { saveRequestFor } from '../support/crash-content';

/**
 * The control for the test itself: a file system whose rename is not atomic (it
 * copies the temp file over the target in small pieces, as a naive "save" would).
 * With COPYDESK_CRASH_NON_ATOMIC=1 the child uses it, and the crash test must
 * then find a partial draft; if it did not, it could not catch a real one.
 */
const nonAtomicFileSystem: FileSystem = {
  ...nodeFileSystem,
  async rename(from, to) {
    const bytes = await nodeFileSystem.readFile(from);
    const target = await open(to, 'w');
    try {
      for (let offset = 0; offset < bytes.length; offset += 512) {
        await target.write(bytes, offset, Math.min(512, bytes.length - offset));
      }
    } finally {
      await target.close();
    }
    await nodeFileSystem.unlink(from);
  },
};

async function main(): Promise<void> {
  const [dataDir, idList] = process.argv.slice(2);
  if (!dataDir || !idList) throw new Error('usage: save-loop-child <dataDir> <ids>');
  const ids = idList.split(',');
  const fs = process.env['COPYDESK_CRASH_NON_ATOMIC'] === '1' ? nonAtomicFileSystem : nodeFileSystem;
  const store = new DraftStore({ dataDir, fs, log: () => {} });
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
