import path from 'node:path';
import { promises as fsp } from 'node:fs';

export interface OpenedStore<S> {
  store: S;
  /** Set when the file was unreadable and was moved aside; the defaults are used instead. */
  problem?: string;
}

/**
 * Opens a conf-style JSON store. conf and electron-store can only either throw
 * on a damaged file or silently wipe it; we keep it: the file is renamed to
 * `<name>.damaged-<time>` so its settings can be recovered by hand, and a
 * fresh store with the defaults is opened.
 */
export async function openStoreSettingDamagedFileAside<S>(
  filePath: string,
  open: () => S,
  now: Date = new Date(),
): Promise<OpenedStore<S>> {
  try {
    return { store: open() };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const asidePath = `${filePath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    await fsp.rename(filePath, asidePath);
    return {
      store: open(),
      problem: `The preferences file was damaged (${error.message}); it was kept as ${path.basename(asidePath)} and the defaults are in use.`,
    };
  }
}
