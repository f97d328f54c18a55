import type { StaticFeatures } from './features';
import * as hashing from './hashing';
import * as labelSet from './labels';
import type { Token } from './tokens';
import type { Weights } from './weights';

// Local copy of the hash function: see the note on imported bindings in tagger.ts.
const { combine } = hashing;

// Module-local copies: read through an import binding in the inner loops, the
// constants cost a getter call per use under tsx's CommonJS interop.
const { BEGIN, INSIDE, LABELS_PER_ROLE, OUTPUTS, OUTSIDE } = labelSet;
const ROLE_COUNT = labelSet.ROLES.length;

/** Number of label-dependent features added to each token's static ones. */
export const DYNAMIC_FEATURES = 12;

/** Labels chosen so far: one Uint8Array per role, in ROLES order. */
export type LabelSequences = Uint8Array[];

/**
 * Writes the features of token i into `out` (static ones first, then those
 * built from the labels already chosen for earlier tokens) and returns how
 * many there are. Training and tagging share this, so they cannot drift apart.
 */
export function featuresOfToken(
  tokens: Token[],
  features: StaticFeatures,
  labels: LabelSequences,
  i: number,
  state: SentenceState,
  out: Uint32Array,
): number {
  const { ids, perToken } = features;
  const base = i * perToken;
  for (let f = 0; f < perToken; f++) out[f] = ids[base + f]!;
  // 3 stands for "before the text", distinct from every label.
  const cue = i > 0 ? labels[0]![i - 1]! : 3;
  const source = i > 0 ? labels[1]![i - 1]! : 3;
  const content = i > 0 ? labels[2]![i - 1]! : 3;
  const contentBefore = i > 1 ? labels[2]![i - 2]! : 3;
  const wordId = ids[i * perToken + 1]!;
  const posId = ids[i * perToken + 6]!;
  const quoteId = ids[i * perToken + 15]!;
  const cueDistanceId = ids[i * perToken + 18]!;
  const newSentence = i > 0 && tokens[i - 1]!.sentence !== tokens[i]!.sentence ? 1 : 0;
  let k = perToken;
  out[k++] = combine(40, cue, source * 4 + content);
  out[k++] = combine(41, cue, wordId);
  out[k++] = combine(42, source, posId);
  out[k++] = combine(43, content, contentBefore);
  out[k++] = combine(44, content, quoteId);
  out[k++] = combine(45, content, cueDistanceId);
  out[k++] = combine(46, state.cueSeen * 2 + state.sourceSeen, content * 2 + newSentence);
  out[k++] = combine(47, state.cueSeen, posId);
  out[k++] = combine(48, state.sourceSeen * 2 + state.cueSeen, wordId);
  out[k++] = combine(49, content * 2 + newSentence, posId);
  out[k++] = combine(50, source, wordId);
  out[k++] = combine(51, state.contentSeen * 2 + state.cueSeen, content);
  return k;
}

/** What has been labelled so far in the current sentence. */
export interface SentenceState {
  cueSeen: number;
  sourceSeen: number;
  contentSeen: number;
}

export function updateSentenceState(state: SentenceState, tokens: Token[], labels: LabelSequences, i: number): void {
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]!.sentence) {
    state.cueSeen = 0;
    state.sourceSeen = 0;
    state.contentSeen = 0;
    return;
  }
  if (labels[0]![i] !== OUTSIDE) state.cueSeen = 1;
  if (labels[1]![i] !== OUTSIDE) state.sourceSeen = 1;
  if (labels[2]![i] !== OUTSIDE) state.contentSeen = 1;
}

export function scoreFeatures(weights: Weights, feats: Uint32Array, count: number, scores: Float32Array): void {
  scores.fill(0);
  const mask = (1 << weights.hashBits) - 1;
  const values = weights.values;
  for (let f = 0; f < count; f++) {
    const offset = weights.offsetOf(feats[f]! & mask);
    if (offset < 0) continue;
    for (let o = 0; o < OUTPUTS; o++) scores[o]! += values[offset + o]!;
  }
}

/**
 * Best label for one role. Inside after Outside is allowed and read as the
 * start of a span (see spans.ts): forbidding it would make one early miss
 * lose the rest of a long content span.
 */
export function bestLabel(scores: Float32Array, role: number): number {
  const base = role * LABELS_PER_ROLE;
  let best = OUTSIDE;
  if (scores[base + BEGIN]! > scores[base + best]!) best = BEGIN;
  if (scores[base + INSIDE]! > scores[base + best]!) best = INSIDE;
  return best;
}

/** Greedy left-to-right tagging of every role at once. */
export function tagTokens(tokens: Token[], features: StaticFeatures, weights: Weights): LabelSequences {
  const labels = labelSet.ROLES.map(() => new Uint8Array(tokens.length));
  const feats = new Uint32Array(features.perToken + DYNAMIC_FEATURES);
  const scores = new Float32Array(OUTPUTS);
  const state: SentenceState = { cueSeen: 0, sourceSeen: 0, contentSeen: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const count = featuresOfToken(tokens, features, labels, i, state, feats);
    scoreFeatures(weights, feats, count, scores);
    for (let role = 0; role < ROLE_COUNT; role++) {
      labels[role]![i] = bestLabel(scores, role);
    }
    updateSentenceState(state, tokens, labels, i);
  }
  return labels;
}
