import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../api';
import { defaultPreferences } from '../../shared/model/preferences';
import type { Preferences, PreferencesPatch } from '../../shared/model/preferences';

export type PreferencesState = {
  prefs: Preferences;
  loaded: boolean;
  error: string | null;
  update: (patch: PreferencesPatch) => Promise<void>;
};

/** Preferences from the service; defaults until they arrive (or if they cannot be read). */
export function usePreferences(): PreferencesState {
  const [prefs, setPrefs] = useState<Preferences>(defaultPreferences);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api['prefs.get']({}).then(
      (value) => {
        if (!live) return;
        setPrefs(value);
        setLoaded(true);
      },
      (caught: unknown) => {
        if (!live) return;
        setError(`Preferences could not be read, defaults are in use: ${errorMessage(caught)}`);
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const update = useCallback(async (patch: PreferencesPatch) => {
    setPrefs((current) => ({ ...current, ...patch, export: { ...current.export, ...patch.export } }));
    try {
      setPrefs(await api['prefs.set'](patch));
    } catch (caught) {
      setError(`The preference could not be saved: ${errorMessage(caught)}`);
    }
  }, []);

  return { prefs, loaded, error, update };
}
