import { app } from 'electron';
import path from 'node:path';
import Store from 'electron-store';
import { openStoreSettingDamagedFileAside, type OpenedStore } from '../services/damaged-store-file';

const PREFERENCES_NAME = 'preferences';

/**
 * In the desktop app preferences and window state live in electron-store
 * (in the user-data folder). The services only see conf's get/set API, which
 * electron-store shares, so the web host injects conf instead. A damaged file
 * is set aside and reported, never silently wiped.
 */
export function openPreferencesStore(): Promise<OpenedStore<Store<Record<string, unknown>>>> {
  return openStoreSettingDamagedFileAside(
    path.join(app.getPath('userData'), `${PREFERENCES_NAME}.json`),
    () => new Store<Record<string, unknown>>({ name: PREFERENCES_NAME, clearInvalidConfig: false }),
  );
}
