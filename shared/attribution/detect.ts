import { quotationBeforeCue } from './adjacent-quote';
import { linkSpans } from './assemble';
import { rankContent } from './content-ranker';
import type { RankerWeights } from './content-ranker';
import type { LinkedSpans } from './assemble';
import { classifyAttribution } from './classify';
import { wholeSentenceAroundAside } from './parenthetical';
import { includeRaisedSubject } from './raised-subject';
import { SourceNameResolver } from './coreference';
import { extractStaticFeatures, quoteContext } from './features';
import { mergeContentFragments } from './content-fragments';
import { extendToSentenceEnd } from './extend-content';
import { fallbackContent } from './fallback-content';
import { findPatternAttributions } from './patterns';
import { findQuoteRegions } from './quotes';
import type { QuoteRegion } from './quotes';
import { withFirstPass } from './stacking';
import { continueQuoteAcrossCue, continueQuoteBackAcrossCue } from './quote-continuation';
import { refineContent } from './refine-content';
import { labelsToSpans, mergeBrokenSources } from './spans';
import type { TokenSpan } from './spans';
import { tagTokens } from './tagger';
import { isTooThin } from './thin-detection';
import type { LabelSequences } from './tagger';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import type { DetectedAttribution, Span } from './types';
import type { Weights } from './weights';

export type Detector = (text: string) => DetectedAttribution[];

/** The linked spans of a text before the content ranker and the final filter: what the ranker is trained on. */
export interface LinkedText {
  tokens: Token[];
  quotes: QuoteRegion[];
  marks: Uint8Array;
  linked: LinkedSpans[];
  cues: TokenSpan[];
}

/**
 * Tokenizes, finds quotations, tags cue/source/content per token, links the
 * spans into attributions and applies the content rules.
 */
export function linkAttributions(text: string, passes: Weights[]): LinkedText | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const quotes = findQuoteRegions(text, tokens);
  const marks = quoteContext(tokens, quotes).mark;
  const [cueLabels, sourceLabels, contentLabels] = tagInPasses(tokens, quotes, passes);
  const cues = labelsToSpans(cueLabels!);
  const sources = mergeBrokenSources(tokens, labelsToSpans(sourceLabels!));
  const contents = mergeContentFragments(tokens, labelsToSpans(contentLabels!), cueLabels!);
  const linked = withPatterns(tokens, linkSpans(tokens, cues, sources, contents, quotes), findPatternAttributions(tokens, quotes));
  const allCues = linked.map((entry) => entry.cue);
  for (const entry of linked) entry.content = quotationBeforeCue(tokens, entry, quotes);
  for (const entry of linked) entry.content = extendToSentenceEnd(tokens, entry, { cue: cueLabels!, source: sourceLabels! }, marks);
  for (const entry of linked) {
    const others = { cues: allCues, sources };
    entry.content = entry.content ? refineContent(tokens, entry, others, quotes, marks) : null;
    // No content, or one that was all cue and source: read it from the sentence's shape instead.
    if (!entry.content) {
      entry.content = fallbackContent(tokens, entry, quotes);
      entry.content = entry.content ? refineContent(tokens, entry, others, quotes, marks) : null;
    }
    entry.content = wholeSentenceAroundAside(tokens, entry, marks);
    entry.content = includeRaisedSubject(tokens, entry);
    entry.content = continueQuoteAcrossCue(tokens, entry, quotes);
    entry.content = continueQuoteBackAcrossCue(tokens, entry, quotes);
  }
  return { tokens, quotes, marks, linked, cues: allCues };
}

/**
 * Builds a detector around the tagger's weights (one set per pass) and the
 * content ranker's: link the attributions, let the ranker pick each content,
 * drop the detections too thin to show, and resolve who each source is.
 */
export function createDetector(passes: Weights[], ranker: RankerWeights | null = null): Detector {
  return (text) => {
    const found = linkAttributions(text, passes);
    if (!found) return [];
    const { tokens, quotes, marks, linked, cues: allCues } = found;
    const kept: LinkedSpans[] = [];
    for (const entry of linked) {
      if (ranker) {
        const ranking = rankContent(tokens, entry, quotes, marks, allCues, ranker);
        if (!ranking.keep) continue;
        entry.content = ranking.content;
      }
      if (!isTooThin(tokens, entry)) kept.push(entry);
    }
    const names = new SourceNameResolver(text, tokens);
    const toSpan = (span: TokenSpan | null): Span | null => (span ? charSpan(tokens, span) : null);
    return kept.map((entry) => {
      const cue = charSpan(tokens, entry.cue);
      const content = toSpan(entry.content);
      const sourceName = entry.source ? names.resolve(entry.source) : null;
      const type = classifyAttribution({
        cueText: text.slice(cue.start, cue.end),
        afterCue: text.slice(cue.end, sentenceEnd(tokens, entry.cue.last)),
        content,
        quotes,
        sourceIsOrganisation: sourceName !== null && names.isOrganisation(sourceName),
        insideAccordingTo: allCues.some(
          (other) =>
            other !== entry.cue &&
            tokens[other.first]!.sentence === tokens[entry.cue.first]!.sentence &&
            tokens[other.first]!.lower === 'according',
        ),
      });
      return { cue, source: toSpan(entry.source), content, type, sourceName };
    });
  };
}

/**
 * Adds the fixed-phrase attributions the tagger missed, and fills in the
 * source or content of those it found but could not complete.
 */
function withPatterns(tokens: Token[], linked: LinkedSpans[], patterns: LinkedSpans[]): LinkedSpans[] {
  const result = [...linked];
  for (const pattern of patterns) {
    const overlapping = result.find((l) => l.cue.first <= pattern.cue.last && l.cue.last >= pattern.cue.first);
    if (!overlapping) {
      result.push(pattern);
    } else {
      // The phrase's own source is reliable ("according to the statistics office"); the tagger's may be cut short.
      if (pattern.source && (!overlapping.source || overlaps(overlapping.source, pattern.source))) overlapping.source = pattern.source;
      // "…, according to X." attributes the whole rest of the sentence: the phrase's own content beats the tagger's guess.
      if (tokens[pattern.cue.first]!.lower === 'according' && pattern.content) overlapping.content = pattern.content;
      overlapping.content ??= pattern.content;
    }
    if (tokens[pattern.cue.first]!.lower === 'according') reassignReportedSpeaker(tokens, result, pattern);
  }
  return result.sort((a, b) => a.cue.first - b.cue.first);
}

/**
 * In "According to X, she said …" X carried the words and "she" spoke them:
 * a cue inside the according-to content that was linked to X gets the
 * subject after the comma as its source instead.
 */
function reassignReportedSpeaker(tokens: Token[], entries: LinkedSpans[], accordingTo: LinkedSpans): void {
  const { source, content } = accordingTo;
  if (!source || !content || content.first <= source.last) return;
  let subjectLast = content.first - 1;
  while (subjectLast + 1 <= content.last && SUBJECT_POS.has(tokens[subjectLast + 1]!.pos)) subjectLast++;
  if (subjectLast < content.first) return;
  for (const entry of entries) {
    if (entry.cue.first <= subjectLast || entry.cue.first > content.last) continue;
    if (!entry.source || overlaps(entry.source, source)) entry.source = { first: content.first, last: subjectLast };
  }
}

const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ']);

function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Tags with the first pass, then lets each later pass revise using the previous pass's labels on both sides. */
export function tagInPasses(tokens: Token[], quotes: QuoteRegion[], passes: Weights[]): LabelSequences {
  const base = extractStaticFeatures(tokens, quoteContext(tokens, quotes));
  let labels: LabelSequences = [];
  passes.forEach((weights, index) => {
    labels = tagTokens(tokens, index === 0 ? base : withFirstPass(tokens, base, labels), weights);
  });
  return labels;
}

function charSpan(tokens: Token[], span: TokenSpan): Span {
  return { start: tokens[span.first]!.start, end: tokens[span.last]!.end };
}

function sentenceEnd(tokens: Token[], index: number): number {
  let i = index;
  while (i + 1 < tokens.length && tokens[i + 1]!.sentence === tokens[index]!.sentence) i++;
  return tokens[i]!.end;
}
