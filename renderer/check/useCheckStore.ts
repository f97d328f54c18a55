import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/model/draft';
import type { SavePayload } from '../save/DraftSaver';
import { sessionCheckWorker } from '../worker/sessionCheckWorker';
import { CheckStore, liveCheckFromQuery } from './checkStore';

/** One check store per open draft, holding the draft's overrides from the start and checking in the session's worker; `?check=off` turns its live check off. */
export function useCheckStore(draft: Draft): CheckStore {
  const [store] = useState(() => new CheckStore(draft.checkOverrides, sessionCheckWorker(), { live: liveCheckFromQuery(window.location.search) }));
  return store;
}

type SessionView = { snapshot: () => SavePayload; contentChanged: () => void };

/** Lets the store read the draft as the editor holds it, and tell the session when overrides change. */
export function useAttachedCheckStore(store: CheckStore, draft: Draft, session: SessionView): void {
  const { snapshot, contentChanged } = session;
  useEffect(() => store.attach(() => ({ ...draft, ...snapshot() }), contentChanged), [store, draft, snapshot, contentChanged]);
}
