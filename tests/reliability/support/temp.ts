import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function makeTempDir(prefix: string): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), `copydesk-rel-${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
}

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its recorded seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFromEnv(name: string): number {
  const fromEnv = Number(process.env[name]);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
}

export interface TreeEntry {
  kind: 'file' | 'dir' | 'other';
  size: number;
  mtimeMs: number;
  content?: string;
}

/** Every entry under `root` with its size, mtime and (for small files) content, to prove nothing changed. */
export async function snapshotTree(root: string): Promise<Map<string, TreeEntry>> {
  const result = new Map<string, TreeEntry>();
  async function walk(dir: string): Promise<void> {
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = path.join(dir, name);
      const stats = await fsp.lstat(full);
      const relative = path.relative(root, full);
      if (stats.isDirectory()) {
        result.set(relative, { kind: 'dir', size: 0, mtimeMs: stats.mtimeMs });
        await walk(full);
      } else if (stats.isFile()) {
        const entry: TreeEntry = { kind: 'file', size: stats.size, mtimeMs: stats.mtimeMs };
        if (stats.size <= 64 * 1024) entry.content = (await fsp.readFile(full)).toString('base64');
        result.set(relative, entry);
      } else {
        result.set(relative, { kind: 'other', size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  }
  await walk(root);
  return result;
}

/** The differences between two snapshots, as readable lines (empty when identical). */
export function diffTrees(before: Map<string, TreeEntry>, after: Map<string, TreeEntry>): string[] {
  const changes: string[] = [];
  for (const [name, entry] of after) {
    const old = before.get(name);
    if (!old) changes.push(`created ${name}`);
    else if (old.kind !== entry.kind || old.size !== entry.size || old.content !== entry.content || old.mtimeMs !== entry.mtimeMs) {
      changes.push(`modified ${name}`);
    }
  }
  for (const name of before.keys()) if (!after.has(name)) changes.push(`removed ${name}`);
  return changes;
}
