import type { Span } from '../../attribution/types';
import type { Source } from '../../model/source';
import type { LinkedAttribution } from '../check-input';
import type { CatalogueOutlet } from '../outlets/outlet-catalogue';
import { findOutletCitations } from '../outlets/outlet-citations';
import { findOutletMentions, type OutletMention } from '../outlets/outlet-mentions';
import { sentenceLocator, type RuleContext } from '../rule-context';
import type { CheckSettings } from '../settings';
import { wholeWordOccurrences, wordBeforeNameMatches } from '../text/regexp';
import type { ParagraphAnalysis } from './paragraph-analysis';

/** What is the same for every paragraph of one check: the paragraph rules read it, the caches are keyed on it. */
export interface ArticleEnvironment {
  sources: Source[];
  settings: CheckSettings;
  meta: { credit: string; basedOnOtherOutlet: boolean };
  outlets: CatalogueOutlet[];
}

/** A paragraph's outlet mentions and citations against one catalogue, in paragraph offsets. */
export interface ParagraphOutlets {
  outlets: CatalogueOutlet[];
  mentions: OutletMention[];
  /** Citations as they are outside the credit line; inside it, none count (the credit line credits, it claims nothing). */
  citations: ReturnType<typeof findOutletCitations>;
}

export function paragraphOutlets(paragraph: ParagraphAnalysis, outlets: CatalogueOutlet[]): ParagraphOutlets {
  const mentions = findOutletMentions(paragraph.words, outlets);
  const sentenceAt = sentenceLocator(paragraph.sentences, paragraph.words.length);
  return { outlets, mentions, citations: findOutletCitations(paragraph.masked, mentions, paragraph.detected, sentenceAt) };
}

/**
 * The masked words of the article just outside a paragraph: from the start
 * of the sentence before it to its start, and from its end to the end of the
 * sentence after it; null where there is no such sentence.
 */
export interface Surroundings {
  before: string | null;
  after: string | null;
}

/** A rule context that holds one paragraph of the article, in its own offsets. */
export function paragraphContext(
  paragraph: ParagraphAnalysis,
  outlets: ParagraphOutlets,
  environment: ArticleEnvironment,
  linked: LinkedAttribution[],
  isCreditLine: boolean,
  surroundings: Surroundings,
): RuleContext {
  const { words, sentences, masked } = paragraph;
  const whole: Span = { start: 0, end: words.length };
  const sentenceAt = sentenceLocator(sentences, words.length);
  return {
    text: words,
    paragraphs: [whole],
    sentences,
    maskedText: masked,
    quotations: paragraph.quotations,
    detected: paragraph.detected,
    detectedSourceNames: paragraph.detectedSourceNames,
    linked,
    sources: environment.sources,
    meta: environment.meta,
    settings: environment.settings,
    outlets: environment.outlets,
    outletMentions: outlets.mentions,
    outletCitations: isCreditLine ? [] : outlets.citations,
    creditLine: isCreditLine ? { range: whole, credit: paragraph.credit! } : undefined,
    creditMentions: isCreditLine ? outlets.mentions : [],
    inProse: () => paragraph.prose,
    sentenceAt,
    maskedAround: (sentence) => {
      const index = sentences.findIndex((candidate) => candidate.start === sentence.start);
      const previous = sentences[index - 1];
      const next = sentences[index + 1];
      const head = previous ? masked.slice(previous.start, sentence.start) : index === 0 && surroundings.before !== null ? surroundings.before + masked.slice(0, sentence.start) : '';
      const tail = next ? masked.slice(sentence.end, next.end) : index === sentences.length - 1 && surroundings.after !== null ? masked.slice(sentence.end) + surroundings.after : '';
      return head + masked.slice(sentence.start, sentence.end) + tail;
    },
    firstInProse: (name) => (paragraph.prose ? wholeWordOccurrences(words, name)[0] : undefined),
    wordBeforeNameInProse: (name, accept) => (paragraph.prose ? wordBeforeNameMatches(words, name).find((match) => accept(match[1]!))?.[1] : undefined),
  };
}
