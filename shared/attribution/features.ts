import * as hashing from './hashing';
import { cueVerbClass, isCueNoun } from './lexicon';
import type { QuoteRegion } from './quotes';
import { isQuoteMark } from './quotes';
import type { Token } from './tokens';

// Local copies of the hash functions: see the note on imported bindings in tagger.ts.
const { combine, hashString } = hashing;

/**
 * Label-independent features for every token, computed once per text. Each
 * token gets FEATURES_PER_TOKEN hashed ids; the tagger adds features of the
 * labels it has already chosen (see tagger.ts).
 */
export interface StaticFeatures {
  ids: Uint32Array;
  perToken: number;
}

/** Where a token stands relative to quotation marks. */
export interface QuoteContext {
  /** 0 outside any quote, 1 inside double quotes, 2 inside a single-quoted part. */
  depth: Uint8Array;
  /** 1 opening mark, 2 closing mark, 0 otherwise. */
  mark: Uint8Array;
}

export function quoteContext(tokens: Token[], regions: QuoteRegion[]): QuoteContext {
  const depth = new Uint8Array(tokens.length);
  const mark = new Uint8Array(tokens.length);
  for (const region of regions) {
    const last = region.close ?? lastTokenBefore(tokens, region.end);
    for (let i = region.open; i <= last; i++) depth[i] = Math.max(depth[i]!, region.single ? 2 : 1);
    mark[region.open] = 1;
    if (region.close !== null) mark[region.close] = 2;
  }
  return { depth, mark };
}

function lastTokenBefore(tokens: Token[], end: number): number {
  let i = tokens.length - 1;
  while (i > 0 && tokens[i]!.end > end) i--;
  return i;
}

function shapeOf(text: string): string {
  if (/^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u.test(text)) return /\p{Ll}/u.test(text) ? 'Xx' : 'X';
  if (/^\p{Ll}/u.test(text)) return 'x';
  if (/^\d/.test(text)) return 'd';
  if (isQuoteMark(text)) return 'q';
  return 'p';
}

function bucket(distance: number): number {
  if (distance <= 0) return 0;
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 12) return 5;
  return 6;
}

const NONE = hashString('<none>');

/**
 * Per-word facts that do not depend on context, memoised: the same few
 * thousand words make up most of any text, and shape needs Unicode regexes.
 * Bounded so a long-running renderer does not grow it without limit.
 */
interface WordFacts {
  word: number;
  shape: number;
  suffix: number;
}
const wordFacts = new Map<string, WordFacts>();
const MAX_MEMOISED_WORDS = 50_000;

function factsOf(token: Token): WordFacts {
  let facts = wordFacts.get(token.text);
  if (!facts) {
    if (wordFacts.size >= MAX_MEMOISED_WORDS) wordFacts.clear();
    facts = { word: hashString(token.lower), shape: hashString(shapeOf(token.text)), suffix: hashString(token.lower.slice(-3)) };
    wordFacts.set(token.text, facts);
  }
  return facts;
}

export function extractStaticFeatures(tokens: Token[], quotes: QuoteContext): StaticFeatures {
  const n = tokens.length;
  const word = new Uint32Array(n);
  const pos = new Uint32Array(n);
  const cls = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const suffix = new Uint32Array(n);
  const cue = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const facts = factsOf(t);
    word[i] = facts.word;
    pos[i] = hashString(t.pos);
    const verbClass = cueVerbClass(t.lower);
    cue[i] = verbClass === 'reporting' ? 1 : verbClass ? 2 : isCueNoun(t.lower) ? 3 : 0;
    cls[i] = cue[i]!;
    shape[i] = facts.shape;
    suffix[i] = facts.suffix;
  }
  // Distance to the nearest lexicon cue on each side within the sentence: the
  // main signal for where a source or an indirect content can be.
  const cueLeft = new Uint8Array(n);
  const cueRight = new Uint8Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (i > 0 && tokens[i]!.sentence !== tokens[i - 1]!.sentence) last = -1;
    cueLeft[i] = last < 0 ? 0 : bucket(i - last);
    if (cue[i] === 1 || cue[i] === 3) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (i < n - 1 && tokens[i]!.sentence !== tokens[i + 1]!.sentence) last = -1;
    cueRight[i] = last < 0 ? 0 : bucket(last - i);
    if (cue[i] === 1 || cue[i] === 3) last = i;
  }
  const sentenceHasQuote = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    let quoted = 0;
    while (j < n && tokens[j]!.sentence === tokens[i]!.sentence) quoted |= quotes.mark[j++]! ? 1 : 0;
    sentenceHasQuote.fill(quoted, i, j);
    i = j;
  }

  // Nearest closing mark on the left and opening mark on the right, within the
  // paragraph: "“…,” he said" and "said: “…”".
  const closeLeft = new Uint8Array(n);
  const openRight = new Uint8Array(n);
  let lastClose = -1;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.paragraphStart) lastClose = -1;
    closeLeft[i] = lastClose < 0 ? 0 : bucket(i - lastClose);
    if (quotes.mark[i] === 2) lastClose = i;
  }
  let nextOpen = -1;
  for (let i = n - 1; i >= 0; i--) {
    openRight[i] = nextOpen < 0 ? 0 : bucket(nextOpen - i);
    if (quotes.mark[i] === 1) nextOpen = i;
    if (tokens[i]!.paragraphStart) nextOpen = -1;
  }
  const sentenceStart = new Int32Array(n);
  for (let i = 1; i < n; i++) sentenceStart[i] = tokens[i]!.sentence === tokens[i - 1]!.sentence ? sentenceStart[i - 1]! : i;

  const perToken = 44;
  const ids = new Uint32Array(n * perToken);
  const w = (i: number): number => (i >= 0 && i < n ? word[i]! : NONE);
  const p = (i: number): number => (i >= 0 && i < n ? pos[i]! : NONE);
  const c = (i: number): number => (i >= 0 && i < n ? cls[i]! : 7);
  const d = (i: number): number => (i >= 0 && i < n ? quotes.depth[i]! * 3 + quotes.mark[i]! : 9);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence ? 1 : 0;
    const lastInSentence = i === n - 1 || tokens[i + 1]!.sentence !== t.sentence ? 1 : 0;
    const boundary = first + lastInSentence * 2 + (t.paragraphStart ? 4 : 0);
    const f = [
      combine(1, 0),
      combine(2, w(i)),
      combine(3, w(i - 1)),
      combine(4, w(i + 1)),
      combine(5, w(i - 2)),
      combine(6, w(i + 2)),
      combine(7, p(i)),
      combine(8, p(i - 1)),
      combine(9, p(i + 1)),
      combine(10, p(i - 1), p(i)),
      combine(11, p(i), p(i + 1)),
      combine(12, shape[i]!),
      combine(13, suffix[i]!),
      combine(14, c(i)),
      combine(15, c(i - 1), c(i + 1)),
      combine(16, d(i)),
      combine(17, d(i - 1), d(i + 1)),
      combine(18, boundary),
      combine(19, cueLeft[i]!, cueRight[i]!),
      combine(20, w(i - 1), w(i)),
      combine(21, w(i), w(i + 1)),
      combine(22, combine(0, p(i - 2), p(i - 1)), p(i)),
      combine(23, d(i), p(i)),
      combine(24, cueLeft[i]!, p(i)),
      combine(25, cueRight[i]!, p(i)),
      combine(26, shape[i]!, c(i + 1)),
      combine(27, sentenceHasQuote[i]!, d(i)),
      combine(28, c(i - 2), c(i - 1)),
      combine(29, c(i + 1), c(i + 2)),
      combine(30, boundary, d(i)),
      combine(31, w(i), d(i)),
      combine(32, shape[i]!, p(i)),
      combine(33, c(i), d(i)),
      combine(34, p(i + 1), p(i + 2)),
      combine(35, hashString(t.lemma)),
      combine(36, hashString(t.lemma), c(i + 1)),
      combine(37, closeLeft[i]!, openRight[i]!),
      combine(38, w(i), cueLeft[i]!),
      combine(39, w(i), cueRight[i]!),
      combine(40, combine(0, shape[i - 1] ?? NONE, shape[i]!), shape[i + 1] ?? NONE),
      combine(41, w(i - 1), w(i + 1)),
      combine(42, w(sentenceStart[i]!), p(i)),
      combine(43, bucket(i - sentenceStart[i]!), p(i)),
      combine(44, closeLeft[i]!, p(i)),
    ];
    ids.set(f, i * perToken);
  }
  return { ids, perToken };
}
