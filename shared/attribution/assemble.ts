import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** A cue with the source and content spans linked to it (token indexes). */
export interface LinkedSpans {
  cue: TokenSpan;
  source: TokenSpan | null;
  content: TokenSpan | null;
}

/** How far (in sentences) a content may be from its cue: "“...” \n\n she said." puts them in neighbouring sentences. */
const MAX_SENTENCE_GAP = 1;

/**
 * Links each cue to one source and one content. Candidates are scored by
 * distance, and pairs are taken best-first so that two cues do not claim the
 * same content; a source, though, may serve several cues ("she said ... and
 * added ..."). A cue that sits inside a content span belongs to a nested
 * attribution, and its content is the part of that span after it.
 */
export function linkSpans(
  tokens: Token[],
  cues: TokenSpan[],
  sources: TokenSpan[],
  contents: TokenSpan[],
  _quotes: QuoteRegion[],
): LinkedSpans[] {
  const linked: LinkedSpans[] = cues.map((cue) => ({ cue, source: nearestSource(tokens, cue, sources), content: null }));

  const pairs: { cue: number; content: number; cost: number }[] = [];
  cues.forEach((cue, c) => {
    contents.forEach((content, k) => {
      if (content.first <= cue.first && content.last >= cue.last) return;
      const gap = content.first > cue.last ? content.first - cue.last : cue.first - content.last;
      const sentenceGap = Math.min(
        Math.abs(tokens[content.first]!.sentence - tokens[cue.first]!.sentence),
        Math.abs(tokens[content.last]!.sentence - tokens[cue.last]!.sentence),
      );
      if (sentenceGap > MAX_SENTENCE_GAP) return;
      // Content usually follows its cue ("said that ..."); a preceding one is a little less likely.
      const cost = gap + sentenceGap * 20 + (content.last < cue.first ? 2 : 0);
      pairs.push({ cue: c, content: k, cost });
    });
  });
  pairs.sort((a, b) => a.cost - b.cost || a.cue - b.cue);
  const usedContent = new Set<number>();
  for (const pair of pairs) {
    const entry = linked[pair.cue]!;
    if (entry.content || usedContent.has(pair.content)) continue;
    entry.content = contents[pair.content]!;
    usedContent.add(pair.content);
  }
  return linked;
}

function nearestSource(tokens: Token[], cue: TokenSpan, sources: TokenSpan[]): TokenSpan | null {
  let best: TokenSpan | null = null;
  let bestCost = Infinity;
  const sentence = tokens[cue.first]!.sentence;
  for (const source of sources) {
    if (tokens[source.first]!.sentence !== sentence && tokens[source.last]!.sentence !== sentence) continue;
    const gap = source.first > cue.last ? source.first - cue.last : cue.first - source.last;
    // Sources precede their cue far more often than they follow it ("said Smith").
    const cost = gap + (source.first > cue.last ? 1 : 0);
    if (gap >= 0 && cost < bestCost) {
      best = source;
      bestCost = cost;
    }
  }
  return best;
}
