import { useCallback } from 'react';
import type { DraftStatus } from '../../shared/model/draft';
import type { CheckStore } from '../check/checkStore';

export const STATUS_LABELS: Record<DraftStatus, string> = {
  draft: 'draft',
  'in-review': 'in review',
  ready: 'ready',
  published: 'published',
};

/** The statuses that say "this can go to the website": they need a clean check. */
export function isPublishStatus(status: DraftStatus): boolean {
  return status === 'ready' || status === 'published';
}

/**
 * Status changes as the editor asks for them, refused (with the findings
 * listed in the Check panel) while error-level findings remain. The draft
 * store applies the same gate when the save arrives; this one answers at once.
 */
export function useStatusGate(store: CheckStore, setStatus: (status: DraftStatus) => void): (status: DraftStatus) => void {
  return useCallback(
    (next: DraftStatus) => {
      if (isPublishStatus(next)) {
        const blocking = store.blockingNow();
        if (blocking.length > 0) {
          store.refuse(`mark this draft ${STATUS_LABELS[next]}`, blocking);
          return;
        }
      }
      store.dismissRefusal();
      setStatus(next);
    },
    [store, setStatus],
  );
}
