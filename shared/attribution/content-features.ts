import type { LinkedSpans } from './assemble';
import { CANDIDATE_KINDS } from './content-candidates';
import type { CandidateKind, ContentCandidate } from './content-candidates';
import * as hashing from './hashing';
import { cueVerbClass, isCueNoun } from './lexicon';
import { wordsIn } from './spans';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

const { combine, hashString } = hashing;

/** Each reading's hashed id, computed once: the ranker runs on every attribution. */
const KIND_IDS = new Map<CandidateKind, number>(CANDIDATE_KINDS.map((kind) => [kind, hashString(kind)]));

/** What the ranker knows about the attribution apart from the candidate. */
export interface CueContext {
  /** Lemma of the cue's main word ("say" for "has said"). */
  lemma: number;
  /** Reporting, cognition or intention verb, cue noun, or none. */
  cueClass: number;
  /** Where the source stands: none, before the cue, after it. */
  sourceSide: number;
  /** Whether the cue's sentence has a quotation mark. */
  sentenceQuoted: number;
}

export function cueContext(tokens: Token[], entry: LinkedSpans, marks: Uint8Array): CueContext {
  const { cue, source } = entry;
  let head = cue.first;
  for (let i = cue.first; i <= cue.last; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.lower === 'according') head = i;
  const lower = tokens[head]!.lower;
  const verbClass = cueVerbClass(lower);
  const cueClass = verbClass === 'reporting' ? 1 : verbClass === 'cognition' ? 2 : verbClass === 'intention' ? 3 : isCueNoun(lower) ? 4 : 0;
  const sentence = tokens[cue.first]!.sentence;
  let quoted = 0;
  for (let i = cue.first; i >= 0 && tokens[i]!.sentence === sentence; i--) quoted |= marks[i]! ? 1 : 0;
  for (let i = cue.last; i < tokens.length && tokens[i]!.sentence === sentence; i++) quoted |= marks[i]! ? 1 : 0;
  return {
    lemma: hashString(tokens[head]!.lemma),
    cueClass,
    sourceSide: !source ? 0 : source.last < cue.first ? 1 : 2,
    sentenceQuoted: quoted,
  };
}

function lengthBucket(words: number): number {
  if (words <= 2) return words;
  if (words <= 5) return 3;
  if (words <= 10) return 4;
  if (words <= 20) return 5;
  if (words <= 40) return 6;
  return 7;
}

/** A word as a feature: function words and punctuation by their form, others by their part of speech. */
function shapeOf(token: Token | undefined): number {
  if (!token) return hashString('<edge>');
  if (token.pos === 'PUNCT' || token.pos === 'ADP' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || token.pos === 'PRON' || token.pos === 'DET') {
    return hashString(token.lower);
  }
  return hashString(token.pos);
}

/**
 * Hashed features of one candidate content: each of its readings, alone and
 * with the cue's lemma and class, its length, the words at and around its
 * edges, where it lies relative to the cue, and whether other cues fall inside.
 */
export function candidateFeatures(
  tokens: Token[],
  entry: LinkedSpans,
  candidate: ContentCandidate,
  context: CueContext,
  marks: Uint8Array,
  otherCues: TokenSpan[],
): number[] {
  const { span } = candidate;
  const words = wordsIn(tokens, span);
  const side = span.last < entry.cue.first ? 1 : span.first > entry.cue.last ? 2 : 3;
  let nestedCues = 0;
  for (const other of otherCues) if (other !== entry.cue && other.first >= span.first && other.last <= span.last) nestedCues++;
  const linked = candidate.kinds.includes('linked') ? 1 : 0;
  const length = lengthBucket(words);
  const firstShape = shapeOf(tokens[span.first]);
  const nextShape = shapeOf(tokens[span.last + 1]);
  const previousShape = shapeOf(tokens[span.first - 1]);
  const lastShape = shapeOf(tokens[span.last]);
  const quoteEdges = (marks[span.first] === 1 ? 1 : 0) + (marks[span.last] === 2 ? 2 : 0);
  const features = [combine(100, linked), combine(101, linked, length), combine(102, side, length), combine(103, Math.min(nestedCues, 2), side)];
  for (const kind of candidate.kinds) {
    const k = KIND_IDS.get(kind)!;
    features.push(
      combine(110, k),
      combine(111, k, context.lemma),
      combine(112, k, context.cueClass * 4 + context.sourceSide),
      combine(113, k, length),
      combine(114, k, firstShape),
      combine(115, k, nextShape),
      combine(116, k, previousShape),
      combine(117, k, lastShape),
      combine(118, k, quoteEdges * 2 + context.sentenceQuoted),
      combine(119, k, linked),
      combine(120, k, Math.min(nestedCues, 2)),
      combine(121, combine(0, k, context.cueClass), length),
      combine(122, k, hashString(tokens[span.first]!.lower)),
      combine(123, combine(0, k, context.lemma), side),
      combine(124, combine(0, k, context.lemma), length),
    );
  }
  return features;
}

/**
 * Features of the ranker's other option, that the cue attributes nothing an
 * annotator would mark: the cue word and class, the source's place, the
 * length of what the rules linked, and how long the cue is.
 */
export function dropFeatures(tokens: Token[], entry: LinkedSpans, context: CueContext): number[] {
  const { cue, source, content } = entry;
  const length = lengthBucket(content ? wordsIn(tokens, content) : 0);
  const cueWords = Math.min(cue.last - cue.first + 1, 4);
  return [
    combine(130, 0),
    combine(131, context.lemma),
    combine(132, context.cueClass * 4 + context.sourceSide),
    combine(133, context.sentenceQuoted, length),
    combine(134, context.lemma, context.sourceSide),
    combine(135, context.cueClass, length),
    combine(136, cueWords, context.cueClass),
    combine(137, hashString(tokens[cue.first]!.lower)),
    combine(138, source ? lengthBucket(source.last - source.first + 1) : 0, context.sourceSide),
    combine(139, shapeOf(tokens[cue.first - 1]), shapeOf(tokens[cue.last + 1])),
  ];
}
