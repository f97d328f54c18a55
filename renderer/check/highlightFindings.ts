/**
 * Paints the findings' words with the CSS Custom Highlight API, one named
 * highlight per severity (see check.css for the ::highlight() colours). The
 * document, and so the undo history, is never touched.
 */
import type { LexicalEditor } from 'lexical';
import type { DraftCheckResult } from '../../shared/check/check-draft';
import type { Severity } from '../../shared/check/rule-ids';
import { domRangeForArticleRange } from './articleRanges';

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'copydesk-check-error',
  warning: 'copydesk-check-warning',
  info: 'copydesk-check-info',
};

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function highlightFindings(editor: LexicalEditor, result: DraftCheckResult): void {
  if (!supported()) return;
  const bySeverity: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
  for (const finding of result.findings) {
    // Overridden findings are decisions already taken: they no longer call for attention.
    if (!finding.range || finding.overridden || finding.range.end <= finding.range.start) continue;
    const range = domRangeForArticleRange(editor, result.document, finding.range);
    if (range) bySeverity[finding.severity].push(range);
  }
  for (const severity of Object.keys(bySeverity) as Severity[]) {
    const highlight = new Highlight(...bySeverity[severity]);
    // Errors paint over warnings over info where findings overlap.
    highlight.priority = severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
    CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
  }
}

export function clearFindingHighlights(): void {
  if (!supported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
