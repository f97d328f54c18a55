import type { DetectedAttribution, Span } from '../../attribution/types';
import type { LinkedAttribution } from '../check-input';
import type { Finding } from '../finding';
import { findOutletLikeNames } from '../outlets/outlet-like-names';
import type { ParagraphOutlets } from './paragraph-context';
import { isProse, maskQuotations, quotationWindow, sourceNamesOf, type ContextQuotation, type ContextSentence } from '../rule-context';
import { findCreditLine } from '../text/credit-line';
import { findQuotations } from '../text/quotations';
import { attributeWithLocalSpeaker, nearestLocalSpeaker } from '../text/quote-speakers';
import { splitSentences } from '../text/sentences';

/**
 * What the check reads from one paragraph's words alone, in paragraph
 * offsets: the same sentences, quotations and speakers the whole-article
 * context finds there, since none of them reaches past its paragraph.
 */
export interface ParagraphAnalysis {
  words: string;
  detected: DetectedAttribution[];
  detectedSourceNames: string[];
  sentences: ContextSentence[];
  masked: string;
  quotations: ContextQuotation[];
  prose: boolean;
  /** The outlet this paragraph credits, when it reads as a credit line ("Source: Capital"). */
  credit: string | undefined;
  /** Outlet-like names among the detector's sources, then among "according to …" phrases (see outlet-like-names.ts). */
  detectedOutletNames: string[];
  citedOutletNames: string[];
  /** First whole-word occurrence of a name, by name: N-FIRSTREF asks for the same names on every check. */
  firstOccurrences: Map<string, Span | null>;
  /** The capitalised words just before a name, by name. */
  wordsBeforeName: Map<string, string[]>;
  /** Outlet mentions against the catalogue of the last check, kept while the catalogue stays the same. */
  outlets?: ParagraphOutlets;
  /** The findings of the paragraph rules at each place the words hold, kept while what they read stays the same. */
  ruleFindings?: ParagraphRuleFindings[];
}

export interface ParagraphRuleFindings {
  /** What they were found for: the environment's version, the paragraph's links (in its offsets), credit line or not, the paragraphs either side. */
  environment: number;
  links: LinkedAttribution[];
  isCreditLine: boolean;
  previous: ParagraphAnalysis | null;
  gapBefore: string;
  next: ParagraphAnalysis | null;
  gapAfter: string;
  /** With their severities, in rule order, in paragraph offsets. */
  findings: Finding[];
  /** The last check that read them. */
  usedInCheck: number;
}

export function analyseParagraph(words: string, detected: DetectedAttribution[]): ParagraphAnalysis {
  const whole = { start: 0, end: words.length };
  const sentences = splitSentences(words, whole).map((sentence) => ({ ...sentence, paragraphIndex: 0 }));
  const rawQuotations = findQuotations(words, whole);
  const masked = maskQuotations(words, rawQuotations);
  const quotations = rawQuotations.map((quotation) => {
    const local = nearestLocalSpeaker(masked, quotation, quotationWindow(sentences, quotation));
    return { ...quotation, paragraphIndex: 0, attribution: attributeWithLocalSpeaker(local, masked, quotation, detected) };
  });
  return {
    words,
    detected,
    detectedSourceNames: sourceNamesOf(detected),
    sentences,
    masked,
    quotations,
    prose: isProse(words),
    credit: findCreditLine(words, [whole])?.credit,
    detectedOutletNames: findOutletLikeNames(masked, [], detected),
    citedOutletNames: findOutletLikeNames(masked, sentences, []),
    firstOccurrences: new Map(),
    wordsBeforeName: new Map(),
  };
}
