import type { DetectedAttribution, Span } from '../attribution/types';
import type { Source } from '../model/source';
import type { LinkedAttribution, ParsedCheckInput } from './check-input';
import { buildOutletCatalogue, type CatalogueOutlet } from './outlets/outlet-catalogue';
import { findOutletCitations, type OutletCitation } from './outlets/outlet-citations';
import { findOutletLikeNames } from './outlets/outlet-like-names';
import { findOutletMentions, type OutletMention } from './outlets/outlet-mentions';
import type { CheckSettings } from './settings';
import { attributeWithLocalSpeaker, nearestLocalSpeaker, type Candidate, type QuoteAttribution } from './text/quote-speakers';
import { shiftSpan } from './text/spans';
import { findCreditLine, type CreditLine } from './text/credit-line';
import { findQuotations, type Quotation } from './text/quotations';
import { wholeWordOccurrences, wordBeforeNameMatches } from './text/regexp';
import { splitSentences } from './text/sentences';

export interface ContextSentence extends Span {
  paragraphIndex: number;
}

export interface ContextQuotation extends Quotation {
  paragraphIndex: number;
  attribution: QuoteAttribution;
}

/**
 * What every rule reads, computed once per check: sentences, quotations and
 * their speakers, outlet mentions. Rules stay small and agree with each other
 * on what a sentence or a quotation is.
 */
export interface RuleContext {
  text: string;
  paragraphs: Span[];
  sentences: ContextSentence[];
  /** The text with quoted words blanked, so patterns never match inside a quotation. */
  maskedText: string;
  quotations: ContextQuotation[];
  detected: DetectedAttribution[];
  /** The names the detector gave the sources of `detected`, in their order: for rules that need the names alone. */
  detectedSourceNames: readonly string[];
  linked: LinkedAttribution[];
  sources: Source[];
  meta: { credit: string; basedOnOtherOutlet: boolean };
  settings: CheckSettings;
  outlets: CatalogueOutlet[];
  outletMentions: OutletMention[];
  /** Outlets named as the origin of information; the credit line is not among them (it credits, it claims nothing). */
  outletCitations: OutletCitation[];
  /** "Source: Capital": the paragraph crediting the story this one is based on. */
  creditLine: CreditLine | undefined;
  /** The outlets the credit line names. */
  creditMentions: OutletMention[];
  /** Whether an offset lies in running prose rather than a headline, crosshead or breadcrumb line. */
  inProse(offset: number): boolean;
  /** The sentence holding an offset (the nearest one before it, between sentences). */
  sentenceAt(offset: number): ContextSentence;
  /** The masked words of a sentence and of the sentences either side of it, wherever they are. */
  maskedAround(sentence: Span): string;
  /** The first whole-word occurrence of a name in prose. */
  firstInProse(name: string): Span | undefined;
  /** The first of the capitalised words just before a name in prose ("Marine" Le Pen), in reading order, that `accept` takes. */
  wordBeforeNameInProse(name: string, accept: (word: string) => boolean): string | undefined;
}

export function buildRuleContext(input: ParsedCheckInput): RuleContext {
  const { text, paragraphs } = input.article;
  const sentences = paragraphs.flatMap((paragraph, paragraphIndex) =>
    splitSentences(text, paragraph).map((sentence) => ({ ...sentence, paragraphIndex })),
  );
  const sentenceAt = sentenceLocator(sentences, text.length);
  const rawQuotations = paragraphs.flatMap((paragraph, paragraphIndex) =>
    findQuotations(text, paragraph).map((quotation) => ({ ...quotation, paragraphIndex })),
  );
  const maskedText = maskQuotations(text, rawQuotations);
  const sentencesByParagraph = new Map<number, ContextSentence[]>();
  for (const sentence of sentences) {
    const inParagraph = sentencesByParagraph.get(sentence.paragraphIndex);
    if (inParagraph) inParagraph.push(sentence);
    else sentencesByParagraph.set(sentence.paragraphIndex, [sentence]);
  }
  const locals = localSpeakers(text, maskedText, paragraphs, rawQuotations, sentencesByParagraph);
  const quotations = rawQuotations.map((quotation, index) => ({
    ...quotation,
    attribution: attributeWithLocalSpeaker(locals[index], maskedText, quotation, input.detected),
  }));
  const outlets = buildOutletCatalogue(input.settings.stateAffiliatedOutlets, input.sources, findOutletLikeNames(maskedText, sentences, input.detected));
  const outletMentions = findOutletMentions(text, outlets);
  const creditLine = findCreditLine(text, paragraphs);
  const inCredit = (mention: OutletMention): boolean =>
    creditLine !== undefined && creditLine.range.start <= mention.range.start && mention.range.end <= creditLine.range.end;
  const prose = paragraphs.map((paragraph) => isProse(text.slice(paragraph.start, paragraph.end)));
  const inProse = (offset: number): boolean => prose[sentenceAt(offset).paragraphIndex] ?? false;
  return {
    text,
    paragraphs,
    inProse,
    sentences,
    maskedText,
    quotations,
    detected: input.detected,
    detectedSourceNames: sourceNamesOf(input.detected),
    linked: input.linked,
    sources: input.sources,
    meta: input.meta,
    settings: input.settings,
    outlets,
    outletMentions,
    outletCitations: findOutletCitations(maskedText, outletMentions, input.detected, sentenceAt).filter((citation) => !inCredit(citation)),
    creditLine,
    creditMentions: outletMentions.filter(inCredit),
    sentenceAt,
    maskedAround: (sentence) => maskedAround(maskedText, sentences, sentence),
    firstInProse: (name) => wholeWordOccurrences(text, name).find((span) => inProse(span.start)),
    wordBeforeNameInProse: (name, accept) => wordBeforeNameMatches(text, name).find((match) => inProse(match.index) && accept(match[1]!))?.[1],
  };
}

export function sourceNamesOf(detected: readonly DetectedAttribution[]): string[] {
  return detected.flatMap((attribution) => (attribution.sourceName ? [attribution.sourceName] : []));
}

/** The sentence holding an offset: the last to start at or before it (the first, before them all). */
export function sentenceLocator(sentences: readonly ContextSentence[], textLength: number): (offset: number) => ContextSentence {
  return (offset) => {
    // Binary search: rules ask this for every mention, so it must not be linear.
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (sentences[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    return sentences[low] ?? { start: 0, end: textLength, paragraphIndex: 0 };
  };
}

function maskedAround(maskedText: string, sentences: readonly Span[], sentence: Span): string {
  const index = sentences.findIndex((candidate) => candidate.start === sentence.start);
  const previous = sentences[index - 1];
  const next = sentences[index + 1];
  return maskedText.slice(previous ? previous.start : sentence.start, next ? next.end : sentence.end);
}

/**
 * The speaker named in the words around each quotation, by paragraph, in
 * paragraph offsets: a quotation, its window and the words in it lie inside
 * its paragraph, so they depend only on the paragraph's words and its words
 * with quotations blanked. The check reruns on every pause in typing; most
 * paragraphs have not changed since the last run.
 */
const localSpeakersByParagraph = new Map<string, Array<Candidate | undefined>>();
/** Past this many paragraphs the cache starts over. */
const MAX_CACHED_PARAGRAPHS = 2000;

function localSpeakers(
  text: string,
  maskedText: string,
  paragraphs: readonly Span[],
  quotations: ReadonlyArray<Quotation & { paragraphIndex: number }>,
  sentencesByParagraph: ReadonlyMap<number, ContextSentence[]>,
): Array<Candidate | undefined> {
  const found: Array<Candidate | undefined> = [];
  let index = 0;
  while (index < quotations.length) {
    // Quotations come paragraph by paragraph.
    const paragraphIndex = quotations[index]!.paragraphIndex;
    let end = index;
    while (end < quotations.length && quotations[end]!.paragraphIndex === paragraphIndex) end += 1;
    const paragraph = paragraphs[paragraphIndex]!;
    const key = `${text.slice(paragraph.start, paragraph.end)}\u0000${maskedText.slice(paragraph.start, paragraph.end)}`;
    let relative = localSpeakersByParagraph.get(key);
    if (!relative || relative.length !== end - index) {
      relative = quotations.slice(index, end).map((quotation) => {
        const local = nearestLocalSpeaker(maskedText, quotation, quotationWindow(sentencesByParagraph.get(paragraphIndex) ?? [], quotation));
        return local && shiftCandidate(local, -paragraph.start);
      });
      if (localSpeakersByParagraph.size >= MAX_CACHED_PARAGRAPHS) localSpeakersByParagraph.clear();
      localSpeakersByParagraph.set(key, relative);
    }
    for (const local of relative) found.push(local && shiftCandidate(local, paragraph.start));
    index = end;
  }
  return found;
}

function shiftCandidate(candidate: Candidate, by: number): Candidate {
  return { ...candidate, cue: candidate.cue && shiftSpan(candidate.cue, by) };
}

/**
 * Prose ends its paragraphs with sentence punctuation; headlines and
 * crossheads do not, and a line cut short with "..." is a teaser or a
 * breadcrumb.
 */
export function isProse(paragraph: string): boolean {
  return /[.!?"”»’]\s*$/u.test(paragraph) && !/(?:\.\.\.|…)\s*$/u.test(paragraph);
}

export function maskQuotations(text: string, quotations: readonly Quotation[]): string {
  let masked = '';
  let index = 0;
  for (const { inner } of quotations) {
    masked += text.slice(index, inner.start) + ' '.repeat(inner.end - inner.start);
    index = inner.end;
  }
  return masked + text.slice(index);
}

/**
 * Where a quotation's speaker may be named, given the sentences of its
 * paragraph: `own` is the sentences of its paragraph that it touches, `around` adds one sentence on either side.
 */
export function quotationWindow(inParagraph: readonly ContextSentence[], quotation: Quotation): { around: Span; own: Span } {
  const first = inParagraph.findIndex((sentence) => sentence.end > quotation.range.start);
  let last = inParagraph.length - 1;
  for (let index = inParagraph.length - 1; index >= 0; index -= 1) {
    if (inParagraph[index]!.start < quotation.range.end) {
      last = index;
      break;
    }
  }
  const span = (fromIndex: number, toIndex: number): Span => ({
    start: Math.min(inParagraph[fromIndex]?.start ?? quotation.range.start, quotation.range.start),
    end: Math.max(inParagraph[toIndex]?.end ?? quotation.range.end, quotation.range.end),
  });
  return { around: span(Math.max(0, first - 1), Math.min(inParagraph.length - 1, last + 1)), own: span(first, last) };
}
