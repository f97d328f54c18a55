import { detectAttributions } from '../attribution';
import type { Draft } from '../model/draft';
import { CheckInputSchema, type CheckInput, type ParsedCheckInput } from './check-input';
import type { DraftCheckResult } from './check-draft';
import type { Detector } from './detect-by-paragraph';
import { extractDocumentText } from '../document/extract-text';
import { IncrementalEngine } from './incremental/incremental-engine';
import { applyOverrides } from './overrides';
import { countBySeverity, runCheck, type CheckResult } from './run-check';
import { CheckSettingsSchema, type CheckSettingsInput } from './settings';

export interface IncrementalChecker {
  /** Checks a draft, redoing only the work of paragraphs whose text changed since the last check. */
  checkDraft(draft: Draft, settings?: CheckSettingsInput): DraftCheckResult;
  /** The same for an article given as text, linked passages, sources and metadata. */
  check(input: Omit<CheckInput, 'detected'>): CheckResult;
  /** How many paragraph texts are cached: at most the paragraphs of the last article. */
  readonly cachedParagraphCount: number;
}

/**
 * The checker the renderer runs while the editor types. It gives exactly
 * the findings of a full check (runCheck), but keeps each paragraph's
 * detection, analysis and paragraph-rule findings by its words, so a
 * one-paragraph edit redoes one paragraph; see incremental/incremental-engine.ts.
 */
export function createIncrementalChecker(detect: Detector = detectAttributions): IncrementalChecker {
  const engine = new IncrementalEngine(detect);

  const checkParsed = (input: Omit<ParsedCheckInput, 'detected'>): CheckResult => {
    const { article, ...rest } = input;
    // An article laid out otherwise (overlapping paragraphs, words between them) gets the whole-article check.
    return (
      engine.check({ ...rest, text: article.text, paragraphs: article.paragraphs }) ??
      runCheck({ ...input, detected: engine.detectArticle(article.text, article.paragraphs) })
    );
  };

  return {
    checkDraft: (draft, settings = {}) => {
      const document = extractDocumentText(draft.content);
      const result = checkParsed({
        article: { text: document.text, paragraphs: document.paragraphs },
        linked: document.linkedPassages.map(({ range, sourceIds, kind }) => ({ range, sourceIds, kind })),
        sources: draft.sources,
        meta: { credit: draft.meta.credit, basedOnOtherOutlet: draft.meta.basedOnOtherOutlet },
        settings: CheckSettingsSchema.parse(settings),
      });
      const findings = applyOverrides(result.findings, document.text, draft.sources, draft.checkOverrides);
      return { document, findings, counts: countBySeverity(findings) };
    },
    check: (input) => checkParsed(CheckInputSchema.parse(input)),
    get cachedParagraphCount() {
      return engine.cachedParagraphCount;
    },
  };
}
