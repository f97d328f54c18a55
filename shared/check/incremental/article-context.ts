import type { DetectedAttribution, Span } from '../../attribution/types';
import type { LinkedAttribution } from '../check-input';
import type { OutletCitation } from '../outlets/outlet-citations';
import type { OutletMention } from '../outlets/outlet-mentions';
import { sentenceLocator, type ContextQuotation, type ContextSentence, type RuleContext } from '../rule-context';
import { shiftSpan } from '../text/spans';
import { wholeWordOccurrences, wordBeforeNameMatches } from '../text/regexp';
import type { ParagraphAnalysis } from './paragraph-analysis';
import type { ArticleEnvironment, ParagraphOutlets } from './paragraph-context';

/** One paragraph of the article as the incremental check holds it. */
export interface PlacedParagraph {
  span: Span;
  analysis: ParagraphAnalysis;
  outlets: ParagraphOutlets;
}

/**
 * The whole-article rule context, put together from the paragraphs' cached
 * analyses instead of rescanning the article: the same values the
 * whole-article context computes (see rule-context.ts), in article offsets.
 */
export function articleContext(
  text: string,
  placed: readonly PlacedParagraph[],
  linked: LinkedAttribution[],
  environment: ArticleEnvironment,
  creditIndex: number,
): RuleContext {
  const sentences: ContextSentence[] = [];
  const quotations: ContextQuotation[] = [];
  const mentions: OutletMention[] = [];
  const citations: OutletCitation[] = [];
  let creditMentions: OutletMention[] = [];
  placed.forEach(({ span, analysis, outlets }, paragraphIndex) => {
    const by = span.start;
    for (const sentence of analysis.sentences) sentences.push({ start: sentence.start + by, end: sentence.end + by, paragraphIndex });
    for (const quotation of analysis.quotations) {
      const { attribution } = quotation;
      quotations.push({
        ...quotation,
        range: shiftSpan(quotation.range, by),
        inner: shiftSpan(quotation.inner, by),
        paragraphIndex,
        attribution: { ...attribution, cue: attribution.cue && shiftSpan(attribution.cue, by) },
      });
    }
    const placedMentions = outlets.mentions.map((mention) => placeMention(text, mention, by));
    if (paragraphIndex === creditIndex) creditMentions = placedMentions;
    mentions.push(...placedMentions);
    if (paragraphIndex !== creditIndex) {
      for (const citation of outlets.citations) citations.push({ ...placeMention(text, citation, by), sentence: shiftSpan(citation.sentence, by) });
    }
  });
  const sentenceAt = sentenceLocator(sentences, text.length);
  const paragraphs = placed.map(({ span }) => span);
  const creditParagraph = placed[creditIndex];
  let detected: DetectedAttribution[] | undefined;
  let maskedText: string | undefined;
  return {
    text,
    paragraphs,
    sentences,
    get maskedText() {
      maskedText ??= joinMasked(text, placed);
      return maskedText;
    },
    quotations,
    get detected() {
      detected ??= placed.flatMap(({ span, analysis }) => analysis.detected.map((attribution) => shiftAttribution(attribution, span.start)));
      return detected;
    },
    linked,
    sources: environment.sources,
    meta: environment.meta,
    settings: environment.settings,
    outlets: environment.outlets,
    outletMentions: mentions,
    outletCitations: citations,
    creditLine: creditParagraph ? { range: creditParagraph.span, credit: creditParagraph.analysis.credit! } : undefined,
    creditMentions,
    inProse: (offset) => placed[sentenceAt(offset).paragraphIndex]?.analysis.prose ?? false,
    sentenceAt,
    maskedAround(sentence) {
      const index = sentences.findIndex((candidate) => candidate.start === sentence.start);
      const previous = sentences[index - 1];
      const next = sentences[index + 1];
      return this.maskedText.slice(previous ? previous.start : sentence.start, next ? next.end : sentence.end);
    },
    firstInProse: (name) => {
      for (const { span, analysis } of placed) {
        if (!analysis.prose) continue;
        let first = analysis.firstOccurrences.get(name);
        if (first === undefined) {
          first = wholeWordOccurrences(analysis.words, name)[0] ?? null;
          analysis.firstOccurrences.set(name, first);
        }
        if (first) return shiftSpan(first, span.start);
      }
      return undefined;
    },
    *wordsBeforeNameInProse(name) {
      for (const { analysis } of placed) {
        if (!analysis.prose) continue;
        let words = analysis.wordsBeforeName.get(name);
        if (!words) {
          words = wordBeforeNameMatches(analysis.words, name).map((match) => match[1]!);
          analysis.wordsBeforeName.set(name, words);
        }
        yield* words;
      }
    },
  };
}

/** "The" reaches back over the paragraph break ("… the\n\nBBC"): in the whole text it is part of the name as written. */
const THE_BEFORE = /(?<![\p{L}\p{N}.-])(the)\s+$/iu;

/**
 * A paragraph's mention in article offsets. Outlet names never span a
 * paragraph break, but a "the" before one may lie in the paragraph before
 * (a headline ending with "the"): the whole-text search counts it in.
 */
function placeMention<Mention extends OutletMention>(text: string, mention: Mention, by: number): Mention {
  const range = shiftSpan(mention.range, by);
  let phraseStart = mention.phrase.start + by;
  if (mention.phrase.start === mention.range.start) {
    const before = THE_BEFORE.exec(text.slice(Math.max(0, phraseStart - 200), phraseStart));
    const reachesBack = before !== null && phraseStart - before[0].length < by;
    if (reachesBack && (!matchedCaseSensitively(text.slice(range.start, range.end), mention) || /^(?:the|The)$/u.test(before[1]!))) {
      phraseStart -= before[0].length;
    }
  }
  return { ...mention, range, phrase: { start: phraseStart, end: mention.phrase.end + by } };
}

/**
 * Whether the alias that found this mention is matched case-sensitively
 * (all capitals, see outlet-mentions.ts), "the" included: the first of the
 * outlet's names, longest first, that reads as the written words.
 */
function matchedCaseSensitively(written: string, mention: OutletMention): boolean {
  const aliases = [mention.outlet.name, ...mention.outlet.aliases].map((alias) => alias.replace(/^the\s+/i, '')).sort((a, b) => b.length - a.length);
  const alias = aliases.find((candidate) => (candidate === candidate.toUpperCase() ? candidate === written : candidate.toLowerCase() === written.toLowerCase()));
  return alias !== undefined && alias === alias.toUpperCase();
}

function shiftAttribution(attribution: DetectedAttribution, by: number): DetectedAttribution {
  const move = (span: Span | null): Span | null => (span ? shiftSpan(span, by) : null);
  return { ...attribution, cue: move(attribution.cue), source: move(attribution.source), content: move(attribution.content) };
}

/** The article's masked words: each paragraph's masked words, and the text between paragraphs as it is. */
function joinMasked(text: string, placed: readonly PlacedParagraph[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { span, analysis } of placed) {
    parts.push(text.slice(at, span.start), analysis.masked);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
