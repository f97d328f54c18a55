import { describe, expect, it } from 'vitest';
import { contentCandidates } from '../../../shared/attribution/content-candidates';
import { candidateFeatures, cueContext, dropFeatures } from '../../../shared/attribution/content-features';
import { rankContent, SparseRankerWeights } from '../../../shared/attribution/content-ranker';
import { quoteContext } from '../../../shared/attribution/features';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { tokenize } from '../../../shared/attribution/tokens';
import { encodeGaps, encodeWeightLevels, quantizeWeight } from '../../../shared/attribution/weight-codec';
import { spanOf } from './token-spans';

const TEXT = 'The mayor said that the bridge would reopen in May, and the council agreed.';
const tokens = tokenize(TEXT);
const quotes = findQuoteRegions(TEXT, tokens);
const marks = quoteContext(tokens, quotes).mark;
const entry = { cue: spanOf(tokens, TEXT, 'said'), source: spanOf(tokens, TEXT, 'The mayor'), content: spanOf(tokens, TEXT, 'that the bridge would reopen in May, and the council agreed') };
const text = (span: { first: number; last: number }): string => TEXT.slice(tokens[span.first]!.start, tokens[span.last]!.end);

describe('candidate contents around a cue', () => {
  it('offers the linked content, the clause up to the next comma and the whole sentence, without edge punctuation', () => {
    const byKind = Object.fromEntries(contentCandidates(tokens, entry, quotes).flatMap((c) => c.kinds.map((k) => [k, text(c.span)])));
    expect(byKind.linked).toBe('that the bridge would reopen in May, and the council agreed');
    expect(byKind.after).toBe('that the bridge would reopen in May, and the council agreed');
    expect(byKind.afterToComma).toBe('that the bridge would reopen in May');
    expect(byKind.sentence).toBe('The mayor said that the bridge would reopen in May, and the council agreed');
  });

  it('offers each span once, with every reading that produced it', () => {
    const candidates = contentCandidates(tokens, entry, quotes);
    const linked = candidates.find((c) => c.kinds.includes('linked'))!;
    expect(linked.kinds).toEqual(expect.arrayContaining(['linked', 'after']));
    expect(new Set(candidates.map((c) => text(c.span))).size).toBe(candidates.length);
  });

  it('offers the quotation before a cue that follows it', () => {
    const quoted = '“The ferry is late again,” Ms. Okafor said on Friday.';
    const own = tokenize(quoted);
    const ownEntry = { cue: spanOf(own, quoted, 'said'), source: spanOf(own, quoted, 'Ms. Okafor'), content: null };
    const kinds = contentCandidates(own, ownEntry, findQuoteRegions(quoted, own)).filter((c) => c.kinds.includes('quoteBefore'));
    expect(kinds.map((c) => quoted.slice(own[c.span.first]!.start, own[c.span.last]!.end))).toEqual(['“The ferry is late again,”']);
  });
});

const MASK = (1 << 18) - 1;

/** A ranker that gives weight 1 to each of these features, stored as the training script stores it. */
function favouring(features: number[], dropMargin = 0): SparseRankerWeights {
  const buckets = [...new Set(features.map((f) => f & MASK))].sort((a, b) => a - b);
  const gaps = buckets.map((bucket, i) => bucket - (buckets[i - 1] ?? 0));
  return SparseRankerWeights.fromSerialized({
    format: 'copydesk-content-ranker',
    version: 1,
    hashBits: 18,
    dropMargin,
    largest: 1,
    bucketGaps: encodeGaps(gaps),
    weights: encodeWeightLevels(buckets.map(() => quantizeWeight(1, 1))),
  });
}

describe('choosing the content', () => {
  it('keeps the attribution and its linked content when the ranker has learned nothing', () => {
    expect(rankContent(tokens, entry, quotes, marks, [entry.cue], favouring([]))).toEqual({ keep: true, content: entry.content });
  });

  it('takes the candidate whose features the ranker weighs highest', () => {
    const toComma = contentCandidates(tokens, entry, quotes).find((c) => c.kinds.includes('afterToComma'))!;
    const weights = favouring(candidateFeatures(tokens, entry, toComma, cueContext(tokens, entry, marks), marks, [entry.cue]));
    const ranking = rankContent(tokens, entry, quotes, marks, [entry.cue], weights);
    expect(ranking.keep && ranking.content && text(ranking.content)).toBe('that the bridge would reopen in May');
  });

  it('drops the attribution when dropping outscores every content by more than the margin', () => {
    const drop = dropFeatures(tokens, entry, cueContext(tokens, entry, marks));
    expect(rankContent(tokens, entry, quotes, marks, [entry.cue], favouring(drop))).toEqual({ keep: false });
    expect(rankContent(tokens, entry, quotes, marks, [entry.cue], favouring(drop, 100)).keep).toBe(true);
  });

  it('refuses a ranker whose weights do not match its buckets', () => {
    const broken = { format: 'copydesk-content-ranker', version: 1, hashBits: 18, dropMargin: 0, largest: 1, bucketGaps: encodeGaps([1, 2]), weights: encodeWeightLevels([127]) } as const;
    expect(() => SparseRankerWeights.fromSerialized(broken)).toThrow(/do not match/);
  });
});
