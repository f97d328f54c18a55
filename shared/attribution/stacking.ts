import type { StaticFeatures } from './features';
import * as hashing from './hashing';
import * as labelSet from './labels';
import type { LabelSequences } from './tagger';
import type { Token } from './tokens';

// Local copy of the hash function: see the note on imported bindings in tagger.ts.
const { combine } = hashing;
const { OUTSIDE } = labelSet;

/** Features added per token for the second pass. */
const STACKED_PER_TOKEN = 12;

function bucket(distance: number): number {
  if (distance < 0) return 7;
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 12) return 5;
  return 6;
}

/**
 * Second-pass features: the first pass's labels around each token, on both
 * sides. A greedy left-to-right tagger cannot see that a content span starts
 * two words later or that a cue follows the quote it is reading; the second
 * pass can, because it reads the whole first-pass labelling (stacking, as in
 * Cohen and Carvalho 2005). Training uses first-pass labels predicted by
 * models that did not see the article, so the second pass learns how far to
 * trust them.
 */
export function withFirstPass(tokens: Token[], base: StaticFeatures, firstPass: LabelSequences): StaticFeatures {
  const n = tokens.length;
  const perToken = base.perToken + STACKED_PER_TOKEN;
  const ids = new Uint32Array(n * perToken);
  const [cue, source, content] = firstPass as [Uint8Array, Uint8Array, Uint8Array];
  const at = (labels: Uint8Array, i: number): number => (i >= 0 && i < n ? labels[i]! : 3);

  // Distance to the nearest first-pass cue and source on each side, within the sentence.
  const nearest = (labels: Uint8Array, step: 1 | -1): Int32Array => {
    const result = new Int32Array(n).fill(-1);
    let last = -1;
    for (let k = 0; k < n; k++) {
      const i = step === 1 ? k : n - 1 - k;
      const neighbour = i - step;
      if (neighbour >= 0 && neighbour < n && tokens[neighbour]!.sentence !== tokens[i]!.sentence) last = -1;
      result[i] = last < 0 ? -1 : Math.abs(i - last);
      if (labels[i] !== OUTSIDE) last = i;
    }
    return result;
  };
  const cueLeft = nearest(cue, 1);
  const cueRight = nearest(cue, -1);
  const sourceLeft = nearest(source, 1);
  const sourceRight = nearest(source, -1);
  // Position inside the first-pass content run.
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (content[i] === OUTSIDE) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && content[j + 1] !== OUTSIDE) j++;
    for (let k = i; k <= j; k++) {
      runStart[k] = k - i;
      runEnd[k] = j - k;
    }
    i = j + 1;
  }

  for (let i = 0; i < n; i++) {
    const offset = i * perToken;
    ids.set(base.ids.subarray(i * base.perToken, (i + 1) * base.perToken), offset);
    const word = base.ids[i * base.perToken + 1]!;
    const pos = base.ids[i * base.perToken + 6]!;
    let k = offset + base.perToken;
    ids[k++] = combine(60, at(cue, i - 1) * 16 + at(cue, i) * 4 + at(cue, i + 1));
    ids[k++] = combine(61, at(source, i - 1) * 16 + at(source, i) * 4 + at(source, i + 1));
    ids[k++] = combine(62, at(content, i - 1) * 16 + at(content, i) * 4 + at(content, i + 1));
    ids[k++] = combine(63, at(content, i - 2) * 4 + at(content, i + 2), at(cue, i + 2) * 4 + at(cue, i - 2));
    ids[k++] = combine(64, bucket(runStart[i]!), bucket(runEnd[i]!));
    ids[k++] = combine(65, bucket(cueLeft[i]!), bucket(cueRight[i]!));
    ids[k++] = combine(66, bucket(sourceLeft[i]!), bucket(sourceRight[i]!));
    ids[k++] = combine(67, at(content, i), word);
    ids[k++] = combine(68, at(cue, i), word);
    ids[k++] = combine(69, at(content, i - 1) * 4 + at(content, i), pos);
    ids[k++] = combine(70, at(source, i), pos);
    ids[k] = combine(71, bucket(runEnd[i]!), pos);
  }
  return { ids, perToken };
}
