/**
 * One cache of detections per paragraph text for the whole worker, shared by
 * the check and the Sources panel's suggestions: both read the same
 * paragraphs, so each paragraph is detected once, not once for each. It holds
 * only the paragraphs the latest request of each kind read, so it never
 * outgrows the open article.
 */
import type { DetectedAttribution } from '../../shared/attribution/types';
import type { Detector } from '../../shared/check/detect-by-paragraph';

export type RequestKind = 'check' | 'detect';

export interface ParagraphDetections {
  /** Detects through the cache, noting the text as read by the current request. */
  detect: Detector;
  /** Runs one request of `kind`; afterwards only what this request and the latest of the other kind read stays cached. */
  during<T>(kind: RequestKind, run: () => T): T;
}

export function createParagraphDetections(detect: Detector): ParagraphDetections {
  const cache = new Map<string, DetectedAttribution[]>();
  const readBy: Record<RequestKind, Set<string>> = { check: new Set(), detect: new Set() };
  let reading: Set<string> | null = null;

  return {
    detect: (text) => {
      reading?.add(text);
      let found = cache.get(text);
      if (!found) {
        found = detect(text);
        cache.set(text, found);
      }
      return found;
    },
    during(kind, run) {
      reading = new Set();
      try {
        return run();
      } finally {
        readBy[kind] = reading;
        reading = null;
        for (const text of cache.keys()) if (!readBy.check.has(text) && !readBy.detect.has(text)) cache.delete(text);
      }
    },
  };
}
