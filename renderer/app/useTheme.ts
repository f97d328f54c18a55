import { useEffect, useSyncExternalStore } from 'react';
import type { Preferences } from '../../shared/model/preferences';

export type Theme = Preferences['theme'];
export type EffectiveTheme = 'light' | 'dark';

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void): () => void {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The system's colour scheme, live. */
export function useSystemTheme(): EffectiveTheme {
  return useSyncExternalStore(subscribe, () => (query().matches ? 'dark' : 'light'));
}

/** Applies the theme to the document: the preference when set, else the system's. */
export function useTheme(preference: Theme): EffectiveTheme {
  const system = useSystemTheme();
  const effective = preference === 'system' ? system : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);
  return effective;
}
