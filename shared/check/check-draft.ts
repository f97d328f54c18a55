import { detectAttributions } from '../attribution';
import type { DetectedAttribution } from '../attribution/types';
import type { ArticleText } from '../document/article-text';
import type { DocumentText } from '../document/document-text';
import { extractDocumentText } from '../document/extract-text';
import type { Draft } from '../model/draft';
import { detectByParagraph, type Detector } from './detect-by-paragraph';
import { applyOverrides } from './overrides';
import { countBySeverity, runCheck, type CheckResult } from './run-check';
import type { CheckSettingsInput } from './settings';

export interface DraftCheckResult extends CheckResult {
  /** The text the findings' ranges refer to, with the map back to editor nodes for highlighting. */
  document: DocumentText;
}

/** Checks a whole draft: its document, its sources, its metadata, with the editor's overrides applied. */
export function checkDraft(draft: Draft, settings: CheckSettingsInput = {}, detect: Detector = detectAttributions): DraftCheckResult {
  return checkDraftWithDetection(draft, settings, (article) => detectByParagraph(article, detect));
}

/** The same check with detection supplied by the caller: the incremental checker passes its cache. */
export function checkDraftWithDetection(
  draft: Draft,
  settings: CheckSettingsInput,
  detectArticle: (article: ArticleText) => DetectedAttribution[],
): DraftCheckResult {
  const document = extractDocumentText(draft.content);
  const result = runCheck({
    article: { text: document.text, paragraphs: document.paragraphs },
    detected: detectArticle(document),
    linked: document.linkedPassages.map(({ range, sourceIds, kind }) => ({ range, sourceIds, kind })),
    sources: draft.sources,
    meta: { credit: draft.meta.credit, basedOnOtherOutlet: draft.meta.basedOnOtherOutlet },
    settings,
  });
  const findings = applyOverrides(result.findings, document.text, draft.sources, draft.checkOverrides);
  return { document, findings, counts: countBySeverity(findings) };
}
