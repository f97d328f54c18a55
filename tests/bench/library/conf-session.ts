/**
 * One process of the conf baseline, so each load is the first in a fresh
 * process (as the web host's first listing is) and memory is the store's own:
 *   node --import tsx conf-session.ts DIR load          → {"loadMs": n}
 *   node --import tsx conf-session.ts DIR save COUNT    → {"loadMs": n, "saveMs": [...], "rssMiB": n, "peakMiB": n}
 */
// conf is what electron-store is built on (same file format and write path).
import Conf from 'conf';
import { readFileSync } from 'node:fs';
import type { Draft } from '../../../shared/model/draft';
import { LONG_ARTICLE } from '../fixtures/standard';
import { CONF_NAME } from './conf-format';
import { savesOf } from './save-requests';

type Store = { drafts: Record<string, Draft> };

function openStore(dir: string): Conf<Store> {
  return new Conf<Store>({ cwd: dir, configName: CONF_NAME, clearInvalidConfig: false });
}

/** Opens the store and lists the library as the library sidebar needs it (newest first). */
function loadAndList(dir: string): number {
  const drafts = openStore(dir).get('drafts');
  return Object.values(drafts)
    .map((draft) => ({ id: draft.id, headline: draft.meta.headline, status: draft.status, updatedAt: draft.updatedAt }))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).length;
}

function memory(): { rssMiB: number; peakMiB: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rssMiB: field('VmRSS'), peakMiB: field('VmHWM') };
}

function main(): void {
  const [dir, mode, countArg] = process.argv.slice(2);
  if (!dir || (mode !== 'load' && mode !== 'save')) throw new Error('usage: conf-session.ts DIR load|save [COUNT]');
  let started = performance.now();
  const listed = loadAndList(dir);
  const loadMs = performance.now() - started;
  if (mode === 'load') {
    process.stdout.write(JSON.stringify({ loadMs, listed }));
    return;
  }
  const store = openStore(dir);
  const long = store.get(`drafts.${LONG_ARTICLE.id}`) as Draft;
  const saveMs: number[] = [];
  let revision = long.revision;
  for (const { index, ...request } of savesOf(long, Number(countArg ?? 5) + 1)) {
    revision += 1;
    const next: Draft = { ...long, ...request, revision, updatedAt: new Date().toISOString() };
    started = performance.now();
    store.set(`drafts.${LONG_ARTICLE.id}`, next);
    if (index >= 1) saveMs.push(performance.now() - started);
  }
  process.stdout.write(JSON.stringify({ loadMs, listed, saveMs, ...memory() }));
}

main();
