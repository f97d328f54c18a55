import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPreferencesFile } from '../../../electron/web/preferences-file';
import { PreferencesService } from '../../../electron/services/preferences';
import { defaultPreferences } from '../../../shared/model/preferences';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();

describe('web host preferences file', () => {
  it('keeps preferences in <dataDir>/preferences.json across restarts', async () => {
    const first = await openPreferencesFile(dataDir());
    new PreferencesService(first.store).set({ theme: 'dark' });
    const second = await openPreferencesFile(dataDir());
    expect(second.problem).toBeUndefined();
    expect(new PreferencesService(second.store).get().theme).toBe('dark');
  });

  it('moves a damaged file aside, reports it and starts from the defaults', async () => {
    await fsp.writeFile(path.join(dataDir(), 'preferences.json'), '{"preferences": {"theme": "da');
    const opened = await openPreferencesFile(dataDir(), new Date('2026-03-01T09:00:00.000Z'));
    expect(opened.problem).toMatch(/damaged/);
    expect(new PreferencesService(opened.store).get()).toEqual(defaultPreferences());
    const names = await fsp.readdir(dataDir());
    const aside = names.find((name) => name.startsWith('preferences.json.damaged-'));
    expect(aside).toBeDefined();
    expect(await fsp.readFile(path.join(dataDir(), aside!), 'utf8')).toBe('{"preferences": {"theme": "da');
  });
});
