import { linkSpans } from './assemble';
import { classifyAttribution } from './classify';
import { SourceNameResolver } from './coreference';
import { extractStaticFeatures, quoteContext } from './features';
import { findQuoteRegions } from './quotes';
import { labelsToSpans } from './spans';
import type { TokenSpan } from './spans';
import { tagTokens } from './tagger';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import type { DetectedAttribution, Span } from './types';
import type { Weights } from './weights';

export type Detector = (text: string) => DetectedAttribution[];

/**
 * Builds a detector around a set of tagger weights: tokenize, find quotations,
 * tag cue/source/content per token, then link the spans into attributions and
 * resolve who each source is.
 */
export function createDetector(weights: Weights): Detector {
  return (text) => {
    const tokens = tokenize(text);
    if (tokens.length === 0) return [];
    const quotes = findQuoteRegions(text, tokens);
    const features = extractStaticFeatures(tokens, quoteContext(tokens, quotes));
    const [cueLabels, sourceLabels, contentLabels] = tagTokens(tokens, features, weights);
    const cues = labelsToSpans(cueLabels!);
    const linked = linkSpans(tokens, cues, labelsToSpans(sourceLabels!), labelsToSpans(contentLabels!), quotes);
    const names = new SourceNameResolver(text, tokens);
    const toSpan = (span: TokenSpan | null): Span | null => (span ? charSpan(tokens, span) : null);
    return linked.map((entry) => {
      const cue = charSpan(tokens, entry.cue);
      const content = toSpan(entry.content);
      const sourceName = entry.source ? names.resolve(entry.source) : null;
      const type = classifyAttribution({
        cueText: text.slice(cue.start, cue.end),
        afterCue: text.slice(cue.end, sentenceEnd(tokens, entry.cue.last)),
        content,
        quotes,
        sourceIsOrganisation: sourceName !== null && names.isOrganisation(sourceName),
        insideAccordingTo: cues.some(
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

function charSpan(tokens: Token[], span: TokenSpan): Span {
  return { start: tokens[span.first]!.start, end: tokens[span.last]!.end };
}

function sentenceEnd(tokens: Token[], index: number): number {
  let i = index;
  while (i + 1 < tokens.length && tokens[i + 1]!.sentence === tokens[index]!.sentence) i++;
  return tokens[i]!.end;
}
