import type { Span } from '../attribution/types';

/**
 * The words of an article as the check sees them: one string, with the
 * paragraphs as spans into it. Paragraphs are spans rather than an array of
 * strings so that every finding, wherever it comes from, has one coordinate
 * system: offsets into `text`.
 */
export interface ArticleText {
  text: string;
  paragraphs: Span[];
}

