import { detectAttributions } from '../attribution';
import type { ArticleText } from '../document/article-text';
import type { Draft } from '../model/draft';
import type { CheckInput } from './check-input';
import { checkDraftWithDetection, type DraftCheckResult } from './check-draft';
import { detectByParagraph, type DetectionCache, type Detector } from './detect-by-paragraph';
import { runCheck, type CheckResult } from './run-check';
import type { CheckSettingsInput } from './settings';

export interface IncrementalChecker {
  /** Checks a draft, re-detecting only paragraphs whose text changed since the last check. */
  checkDraft(draft: Draft, settings?: CheckSettingsInput): DraftCheckResult;
  /** The same for an article given as text, linked passages, sources and metadata. */
  check(input: Omit<CheckInput, 'detected'>): CheckResult;
  /** How many paragraph texts are cached: at most the paragraphs of the last article. */
  readonly cachedParagraphCount: number;
}

/**
 * The checker the renderer runs while the editor types. Detection is the
 * expensive step, so it is cached per paragraph text; the rules themselves
 * are cheap and rerun over the whole article, because several (first
 * reference, unused sources, one finding per outlet) look across paragraphs.
 */
export function createIncrementalChecker(detect: Detector = detectAttributions): IncrementalChecker {
  let cache: DetectionCache = new Map();

  const detectWithCache = (article: ArticleText) => {
    const detected = detectByParagraph(article, detect, cache);
    // Keep only what the current article holds, so the cache never outgrows one document.
    const current = new Set(article.paragraphs.map((paragraph) => article.text.slice(paragraph.start, paragraph.end)));
    cache = new Map([...cache].filter(([words]) => current.has(words)));
    return detected;
  };

  return {
    checkDraft: (draft, settings = {}) => checkDraftWithDetection(draft, settings, detectWithCache),
    check: (input) => runCheck({ ...input, detected: detectWithCache(input.article) }),
    get cachedParagraphCount() {
      return cache.size;
    },
  };
}
