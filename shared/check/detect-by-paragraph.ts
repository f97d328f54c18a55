import type { DetectedAttribution, Span } from '../attribution/types';
import type { ArticleText } from '../document/article-text';
import { shiftSpan } from './text/spans';

export type Detector = (text: string) => DetectedAttribution[];

/** Detection results per paragraph text, in paragraph coordinates. */
export type DetectionCache = Map<string, DetectedAttribution[]>;

function shift(attribution: DetectedAttribution, by: number): DetectedAttribution {
  const move = (span: Span | null): Span | null => (span ? shiftSpan(span, by) : null);
  return { ...attribution, cue: move(attribution.cue), source: move(attribution.source), content: move(attribution.content) };
}

/**
 * Runs the detector paragraph by paragraph and moves its spans into article
 * coordinates. Paragraph by paragraph, so that an edit re-detects only the
 * paragraph it touched: results are cached by the paragraph's text, which is
 * all the detector sees. The price: a pronoun at the start of a paragraph
 * cannot be resolved to a name in the paragraph before.
 */
export function detectByParagraph(article: ArticleText, detect: Detector, cache: DetectionCache = new Map()): DetectedAttribution[] {
  return article.paragraphs.flatMap((paragraph) => {
    const words = article.text.slice(paragraph.start, paragraph.end);
    let found = cache.get(words);
    if (!found) {
      found = detect(words);
      cache.set(words, found);
    }
    return found.map((attribution) => shift(attribution, paragraph.start));
  });
}
