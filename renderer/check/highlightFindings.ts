/**
 * Paints the findings' words with the CSS Custom Highlight API, one named
 * highlight per severity (see check.css for the ::highlight() colours). The
 * document, and so the undo history, is never touched.
 *
 * Only findings in blocks on screen are registered. Chromium revalidates
 * every registered range whenever the DOM changes, so a long article's
 * hundreds of findings cost about a frame on every keystroke; the few in view
 * cost nothing noticeable. An IntersectionObserver swaps the set as the
 * editor scrolls.
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

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

type PaintedRange = { range: Range; severity: Severity; block: Element };

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The editor's top-level block holding the node: what scrolls in and out of view. */
function blockOf(node: Node, root: HTMLElement): Element | null {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && element.parentElement !== root) element = element.parentElement;
  return element;
}

export class FindingHighlighter {
  private painted: PaintedRange[] = [];
  private readonly onScreen = new Set<Element>();
  private readonly observer: IntersectionObserver | null = supported()
    ? new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) this.onScreen.add(entry.target);
          else this.onScreen.delete(entry.target);
        }
        this.register();
      })
    : null;

  show(editor: LexicalEditor, result: DraftCheckResult): void {
    const root = editor.getRootElement();
    if (!this.observer || !root) return;
    const painted: PaintedRange[] = [];
    for (const finding of result.findings) {
      // Overridden findings are decisions already taken: they no longer call for attention.
      if (!finding.range || finding.overridden || finding.range.end <= finding.range.start) continue;
      const range = domRangeForArticleRange(editor, result.document, finding.range);
      const block = range ? blockOf(range.startContainer, root) : null;
      if (range && block) painted.push({ range, severity: finding.severity, block });
    }
    this.painted = painted;
    const blocks = new Set(painted.map((entry) => entry.block));
    // Blocks already known to be on screen keep their highlights now, with no blank frame; observing reports the rest.
    for (const block of this.onScreen) if (!blocks.has(block)) this.onScreen.delete(block);
    this.observer.disconnect();
    for (const block of blocks) this.observer.observe(block);
    this.register();
  }

  dispose(): void {
    this.observer?.disconnect();
    this.painted = [];
    this.onScreen.clear();
    if (!supported()) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }

  private register(): void {
    const visible = this.painted.filter((entry) => this.onScreen.has(entry.block));
    for (const severity of SEVERITY_ORDER) {
      const highlight = new Highlight(...visible.filter((entry) => entry.severity === severity).map((entry) => entry.range));
      // Errors paint over warnings over info where findings overlap.
      highlight.priority = SEVERITY_ORDER.length - SEVERITY_ORDER.indexOf(severity);
      CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
    }
  }
}
