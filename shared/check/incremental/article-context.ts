import type { DetectedAttribution, Span } from '../../attribution/types';
import type { LinkedAttribution } from '../check-input';
import type { OutletCitation } from '../outlets/outlet-citations';
import type { OutletMention } from '../outlets/outlet-mentions';
import type { ContextQuotation, ContextSentence, RuleContext } from '../rule-context';
import { shiftSpan } from '../text/spans';
import { wholeWordOccurrences, wordBeforeNameMatches } from '../text/regexp';

import type { FirstOccurrenceIndex } from './first-occurrences';
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
  firstOccurrences: FirstOccurrenceIndex,
): RuleContext {
  // Placed afresh on every check: cheaper than keeping placed copies, which half the article's paragraphs need anew after each edit.
  const { quotations, mentions, citations, creditMentions } = placeOutletsAndQuotations(text, placed, creditIndex);
  let sentences: ContextSentence[] | undefined;
  const sentenceAt = paragraphSentenceLocator(placed, text.length);
  const inProse = (offset: number): boolean => placed[sentenceAt(offset).paragraphIndex]?.analysis.prose ?? false;
  // A match that starts in prose and runs on into the next paragraph holds the prose paragraph's last character.
  const proseEnds = new Set(placed.flatMap(({ analysis }) => (analysis.prose ? [analysis.words.trimEnd().slice(-1)] : [])));
  const mayCrossBreak = (name: string): boolean => {
    // The given name before a name is letters, apostrophes and hyphens: of prose's last characters, only ’.
    if (proseEnds.has('’')) return true;
    return breaksIn(name).some(({ lastBefore }) => proseEnds.has(lastBefore.slice(-1)));
  };
  const paragraphs = placed.map(({ span }) => span);
  const creditParagraph = placed[creditIndex];
  let detected: DetectedAttribution[] | undefined;
  let maskedText: string | undefined;
  let detectedSourceNames: string[] | undefined;
  return {
    text,
    paragraphs,
    get sentences() {
      if (!sentences) {
        sentences = [];
        for (let index = 0; index < placed.length; index += 1) {
          const by = placed[index]!.span.start;
          for (const sentence of placed[index]!.analysis.sentences) sentences.push({ start: sentence.start + by, end: sentence.end + by, paragraphIndex: index });
        }
      }
      return sentences;
    },
    get maskedText() {
      maskedText ??= joinMasked(text, placed);
      return maskedText;
    },
    quotations,
    get detected() {
      if (!detected) {
        detected = [];
        for (const { span, analysis } of placed) for (const attribution of analysis.detected) detected.push(shiftAttribution(attribution, span.start));
      }
      return detected;
    },
    get detectedSourceNames() {
      if (!detectedSourceNames) {
        detectedSourceNames = [];
        for (const { analysis } of placed) for (const name of analysis.detectedSourceNames) detectedSourceNames.push(name);
      }
      return detectedSourceNames;
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
    inProse,
    sentenceAt,
    maskedAround(sentence) {
      const { sentences } = this;
      const index = sentences.findIndex((candidate) => candidate.start === sentence.start);
      const previous = sentences[index - 1];
      const next = sentences[index + 1];
      return this.maskedText.slice(previous ? previous.start : sentence.start, next ? next.end : sentence.end);
    },
    firstInProse: (name) => {
      const breaks = breaksIn(name);
      const searchAt = (index: number): Span | null => {
        const { span, analysis } = placed[index]!;
        if (!analysis.prose) return null;
        let first = analysis.firstOccurrences.get(name);
        if (first === undefined) {
          first = mayHold(analysis.words, name) ? (wholeWordOccurrences(analysis.words, name)[0] ?? null) : null;
          analysis.firstOccurrences.set(name, first);
        }
        if (first) return first;
        // A name with a full stop inside may run on into the next paragraph ("… Haddad.\n\nOmar Andersen"), as it does in the whole text.
        const next = placed[index + 1];
        if (!next || !breaks.some((piece) => runsOn(analysis.words, next.analysis.words, piece))) return null;
        const window = text.slice(span.start, next.span.end);
        return wholeWordOccurrences(window, name).find((match) => match.start < span.end - span.start && match.end > next.span.start - span.start) ?? null;
      };
      const found = firstOccurrences.first(name, searchAt);
      return found ? shiftSpan(found.span, placed[found.index]!.span.start) : undefined;
    },
    wordBeforeNameInProse(name, accept) {
      if (mayCrossBreak(name)) {
        for (const match of wordBeforeNameMatches(text, name)) if (inProse(match.index) && accept(match[1]!)) return match[1]!;
        return undefined;
      }
      for (const { analysis } of placed) {
        if (!analysis.prose) continue;
        let words = analysis.wordsBeforeName.get(name);
        if (!words) {
          words = mayHold(analysis.words, name) ? wordBeforeNameMatches(analysis.words, name).map((match) => match[1]!) : [];
          analysis.wordsBeforeName.set(name, words);
        }
        for (const word of words) if (accept(word)) return word;
      }
      return undefined;
    },
  };
}

/**
 * sentenceLocator over the article's sentences without listing them: the
 * last sentence to start at or before the offset is the last such in its
 * paragraph, or the last sentence of an earlier paragraph.
 */
function paragraphSentenceLocator(placed: readonly PlacedParagraph[], textLength: number): (offset: number) => ContextSentence {
  const place = (paragraphIndex: number, sentence: Span): ContextSentence => {
    const by = placed[paragraphIndex]!.span.start;
    return { start: sentence.start + by, end: sentence.end + by, paragraphIndex };
  };
  return (offset) => {
    let low = 0;
    let high = placed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (placed[middle]!.span.start <= offset) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0; index -= 1) {
      const { span, analysis } = placed[index]!;
      const { sentences } = analysis;
      for (let at = sentences.length - 1; at >= 0; at -= 1) if (sentences[at]!.start + span.start <= offset) return place(index, sentences[at]!);
    }
    // Before every sentence: the first of the article.
    const first = placed.findIndex(({ analysis }) => analysis.sentences.length > 0);
    return first === -1 ? { start: 0, end: textLength, paragraphIndex: 0 } : place(first, placed[first]!.analysis.sentences[0]!);
  };
}

/** The article's quotations and outlet mentions in article offsets; the credit line's mentions apart, as they cite nothing. */
function placeOutletsAndQuotations(text: string, placed: readonly PlacedParagraph[], creditIndex: number) {
  const quotations: ContextQuotation[] = [];
  const mentions: OutletMention[] = [];
  const citations: OutletCitation[] = [];
  let creditMentions: OutletMention[] = [];
  for (let paragraphIndex = 0; paragraphIndex < placed.length; paragraphIndex += 1) {
    const { span, analysis, outlets } = placed[paragraphIndex]!;
    const by = span.start;
    for (const quotation of analysis.quotations) {
      // Written out rather than spread: a spread over objects of many shapes is slow.
      const { kind, speaker, cue } = quotation.attribution;
      quotations.push({
        range: shiftSpan(quotation.range, by),
        inner: shiftSpan(quotation.inner, by),
        wordCount: quotation.wordCount,
        unclosed: quotation.unclosed,
        paragraphIndex,
        attribution: { kind, speaker, cue: cue && shiftSpan(cue, by) },
      });
    }
    if (outlets.mentions.length === 0) continue;
    const firstWord = analysis.words.search(/\S/u);
    const opensParagraph = (mention: OutletMention): boolean => firstWord === -1 || firstWord >= mention.range.start;
    const first = mentions.length;
    for (const mention of outlets.mentions) mentions.push(placeMention(text, mention, by, opensParagraph(mention)));
    if (paragraphIndex === creditIndex) creditMentions = mentions.slice(first);
    else {
      for (const citation of outlets.citations) {
        const { outlet, range, phrase } = placeMention(text, citation, by, opensParagraph(citation));
        citations.push({ outlet, range, phrase, sentence: shiftSpan(citation.sentence, by) });
      }
    }
  }
  return { quotations, mentions, citations, creditMentions };
}

/** Whether words may hold a name: its first word must be there as written (the search matches it exactly). */
function mayHold(words: string, name: string): boolean {
  const space = name.search(/\s/u);
  return words.includes(space === -1 ? name : name.slice(0, space));
}

/** A name split at a space after sentence punctuation ("Haddad. Omar Andersen"): where a paragraph break may fall inside it. */
interface NameBreak {
  /** The word before the break, with its punctuation ("Haddad."), and the word after it ("Omar"). */
  lastBefore: string;
  firstAfter: string;
}

function breaksIn(name: string): NameBreak[] {
  let found = breaksByName.get(name);
  if (!found) {
    found = [...name.matchAll(/(\S*[.!?"”»’])\s+(\S+)/gu)].map((match) => ({ lastBefore: match[1]!, firstAfter: match[2]! }));
    if (breaksByName.size >= MAX_NAMES) breaksByName.clear();
    breaksByName.set(name, found);
  }
  return found;
}

/** The same names are asked about on every check. */
const breaksByName = new Map<string, NameBreak[]>();
const MAX_NAMES = 2000;

/** Whether a paragraph ends with the word before a name's break and the next starts with the word after it. */
function runsOn(words: string, nextWords: string, piece: NameBreak): boolean {
  return words.trimEnd().endsWith(piece.lastBefore) && nextWords.trimStart().startsWith(piece.firstAfter);
}

/** "The" reaches back over the paragraph break ("… the\n\nBBC"): in the whole text it is part of the name as written. */
const THE_BEFORE = /(?<![\p{L}\p{N}.-])(the)\s+$/iu;

/**
 * A paragraph's mention in article offsets. Outlet names never span a
 * paragraph break, but a "the" before one may lie in the paragraph before
 * (a headline ending with "the"): the whole-text search counts it in.
 */
function placeMention(text: string, mention: OutletMention, by: number, opensParagraph: boolean): OutletMention {
  const range = shiftSpan(mention.range, by);
  let phraseStart = mention.phrase.start + by;
  // Only a "the" and blank space can lie between such a "the" and the name: the name must open its paragraph.
  if (mention.phrase.start === mention.range.start && opensParagraph) {
    const before = THE_BEFORE.exec(text.slice(Math.max(0, phraseStart - 200), phraseStart));
    const reachesBack = before !== null && phraseStart - before[0].length < by;
    if (reachesBack && (!matchedCaseSensitively(text.slice(range.start, range.end), mention) || /^(?:the|The)$/u.test(before[1]!))) {
      phraseStart -= before[0].length;
    }
  }
  return { outlet: mention.outlet, range, phrase: { start: phraseStart, end: mention.phrase.end + by } };
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
