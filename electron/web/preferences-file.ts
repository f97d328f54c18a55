import path from 'node:path';
import Conf from 'conf';
import type { KeyValueStore } from '../services/preferences';
import { openStoreSettingDamagedFileAside, type OpenedStore } from '../services/damaged-store-file';

export const PREFERENCES_FILE_NAME = 'preferences';

export type OpenedPreferencesStore = OpenedStore<KeyValueStore>;

/**
 * Opens the web host's preferences file (`<dataDir>/preferences.json`) with conf,
 * the library electron-store is built on. A damaged file is set aside, not wiped.
 */
export async function openPreferencesFile(dataDir: string, now: Date = new Date()): Promise<OpenedPreferencesStore> {
  return openStoreSettingDamagedFileAside(
    path.join(dataDir, `${PREFERENCES_FILE_NAME}.json`),
    // clearInvalidConfig stays off: conf would silently wipe a damaged file.
    () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: PREFERENCES_FILE_NAME, clearInvalidConfig: false }),
    now,
  );
}
