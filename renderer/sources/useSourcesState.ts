import { useSyncExternalStore } from 'react';
import type { SourcesState, SourcesStore } from './sourcesStore';

/** The store's current sources and passages, re-rendering on change. */
export function useSourcesState(store: SourcesStore): SourcesState {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
