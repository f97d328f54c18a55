import path from 'node:path';
import { promises as fsp } from 'node:fs';
// The lint rule groups conf with electron, but conf is plain Node: architecture.md names it as the
// preferences store of the web host and the tests (electron-store, its Electron wrapper, is the desktop one).
// eslint-disable-next-line no-restricted-imports
import Conf from 'conf';
import type { KeyValueStore } from '../services/preferences';

export const PREFERENCES_FILE_NAME = 'preferences';

export interface OpenedPreferencesStore {
  store: KeyValueStore;
  /** Set when the file was unreadable and was moved aside; the defaults are used instead. */
  problem?: string;
}

function open(dataDir: string): KeyValueStore {
  // clearInvalidConfig stays off: conf would silently wipe a damaged file, and we keep a copy instead.
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: PREFERENCES_FILE_NAME, clearInvalidConfig: false });
}

/**
 * Opens the web host's preferences file (`<dataDir>/preferences.json`). A file
 * that is not valid JSON is renamed to `preferences.json.damaged-<time>`, so
 * the editor's settings can still be recovered by hand, and the defaults apply.
 */
export async function openPreferencesFile(dataDir: string, now: Date = new Date()): Promise<OpenedPreferencesStore> {
  try {
    return { store: open(dataDir) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const filePath = path.join(dataDir, `${PREFERENCES_FILE_NAME}.json`);
    const asidePath = `${filePath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    await fsp.rename(filePath, asidePath);
    return {
      store: open(dataDir),
      problem: `The preferences file was damaged (${error.message}); it was kept as ${path.basename(asidePath)} and the defaults are in use.`,
    };
  }
}
