import path from 'node:path';
import { promises as fsp } from 'node:fs';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, PreferencesService } from '../../../electron/services/preferences';
import { defaultPreferences } from '../../../shared/model/preferences';
import { MemoryStore } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();

const openConf = () => new Conf<Record<string, unknown>>({ cwd: dataDir(), configName: 'preferences' });

describe('PreferencesService', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(new PreferencesService(new MemoryStore()).get()).toEqual(defaultPreferences());
  });

  it('applies a patch, merging nested export settings, and persists it through conf', () => {
    const service = new PreferencesService(openConf());
    service.set({ export: { siteUrl: 'https://news.example' } });
    const next = service.set({ theme: 'dark', export: { publisherName: 'Example News' } });
    expect(next).toMatchObject({ theme: 'dark', export: { siteUrl: 'https://news.example', publisherName: 'Example News' } });
    expect(new PreferencesService(openConf()).get()).toEqual(next);
  });

  it('leaves other keys of the store (the shell keeps window state there) alone', () => {
    const store = new MemoryStore();
    store.set('windowState', { width: 1200 });
    new PreferencesService(store).set({ editorName: 'Sam' });
    expect(store.get('windowState')).toEqual({ width: 1200 });
  });

  it('falls back to the default field by field for invalid stored values, and reports them', () => {
    const store = new MemoryStore();
    store.set(PREFERENCES_KEY, { theme: 'purple', editorName: 'Kim', autosaveDelayMs: -1 });
    const problems: string[] = [];
    const service = new PreferencesService(store, (problem) => problems.push(problem));
    expect(service.get()).toEqual({ ...defaultPreferences(), editorName: 'Kim' });
    expect(service.problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/theme/);
  });

  it('uses the defaults when the stored value is not an object at all', () => {
    const store = new MemoryStore();
    store.set(PREFERENCES_KEY, 'garbage');
    const service = new PreferencesService(store, () => {});
    expect(service.get()).toEqual(defaultPreferences());
    expect(service.problems).toEqual([expect.stringMatching(/not an object/)]);
  });

  it('rejects an invalid patch instead of storing it', () => {
    const store = new MemoryStore();
    const service = new PreferencesService(store);
    expect(() => service.set({ autosaveDelayMs: 5 })).toThrow();
    expect(store.get(PREFERENCES_KEY)).toBeUndefined();
  });

  it('reads what conf wrote to preferences.json on disk', async () => {
    new PreferencesService(openConf()).set({ historyRetentionDays: 7 });
    const onDisk = JSON.parse(await fsp.readFile(path.join(dataDir(), 'preferences.json'), 'utf8'));
    expect(onDisk[PREFERENCES_KEY].historyRetentionDays).toBe(7);
  });
});
