import type { LinkedSpans } from './assemble';
import type { QuoteRegion } from './quotes';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/**
 * Fixed attribution phrases that must be found even where the statistical
 * tagger misses them: "according to X" and "X was quoted as saying". Their
 * structure is regular enough for rules, and the check relies on them
 * (S-OUTLET, Q-SECONDHAND).
 */
export function findPatternAttributions(tokens: Token[], quotes: QuoteRegion[]): LinkedSpans[] {
  const found: LinkedSpans[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const entry = accordingTo(tokens, i);
      if (entry) found.push(entry);
    } else if (tokens[i]!.lower === 'quoted' && tokens[i + 1]!.lower === 'as') {
      const entry = quotedAs(tokens, quotes, i);
      if (entry) found.push(entry);
    }
  }
  return found;
}

const NP_STOP = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);

/** "according to the BBC's report", "according to court documents seen by Reuters": up to the first clause break. */
function accordingTo(tokens: Token[], at: number): LinkedSpans | null {
  // "a pact, according to which …" is a relative clause, not an attribution.
  if (tokens[at + 2] && /^(which|whom|whose)$/.test(tokens[at + 2]!.lower)) return null;
  const sentence = tokens[at]!.sentence;
  // The word right after "to" starts the source whatever its tag ("court documents": wink may read "court" as a verb).
  const head = tokens[at + 2];
  if (!head || head.sentence !== sentence || isClauseBreak(head)) return null;
  let last = at + 2;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence && !isClauseBreak(tokens[last + 1]!)) {
    const next = tokens[last + 1]!;
    // "seen by", "published by", "of": an NP can run on through participles and prepositions
    if (NP_STOP.has(next.pos) && !(next.pos === 'VERB' && /(ed|en)$/.test(next.lower))) break;
    last++;
  }
  const cue = { first: at, last: at + 1 };
  const source = { first: at + 2, last };
  const [sentenceFirst, sentenceLast] = sentenceBounds(tokens, at);
  let content: TokenSpan | null = null;
  if (tokens[last + 1]?.text === ',' && last + 2 <= sentenceLast) {
    // "According to X, the vote was rigged."
    content = { first: last + 2, last: sentenceLast };
  } else if (at > sentenceFirst) {
    // "The vote was rigged, according to X."
    content = { first: sentenceFirst, last: at - 1 };
  }
  return { cue, source, content };
}

/**
 * "Le Pen was quoted as saying (that) …": the subject before, the words after;
 * or, in "“…,” Le Pen was quoted as saying", the quotation before the subject.
 */
function quotedAs(tokens: Token[], quotes: QuoteRegion[], at: number): LinkedSpans | null {
  const saying = tokens[at + 2];
  let cueFirst = at;
  if (at > 0 && ['was', 'is', 'were', 'are', 'been', 'being'].includes(tokens[at - 1]!.lower)) cueFirst = at - 1;
  const cueLast = saying && /^(saying|stating|telling|writing)$/.test(saying.lower) ? at + 2 : at + 1;
  const [sentenceFirst, sentenceLast] = sentenceBounds(tokens, at);
  let sourceFirst = cueFirst - 1;
  while (sourceFirst - 1 >= sentenceFirst && isNameLike(tokens[sourceFirst - 1]!)) sourceFirst--;
  const source = cueFirst - 1 >= sentenceFirst && isNameLike(tokens[cueFirst - 1]!) ? { first: sourceFirst, last: cueFirst - 1 } : null;
  const before = quotes.find((q) => q.close !== null && q.close === (source ? source.first : cueFirst) - 1);
  const after = cueLast + 1 <= sentenceLast && tokens[cueLast + 1]!.pos !== 'ADP' ? { first: cueLast + 1, last: sentenceLast } : null;
  const content = before && before.close !== null ? { first: before.open, last: before.close } : after;
  return { cue: { first: cueFirst, last: cueLast }, source, content };
}

function isNameLike(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'PRON' || /^\p{Lu}/u.test(token.text) || token.pos === 'NOUN';
}

function isClauseBreak(token: Token): boolean {
  return token.text === ',' || token.text === '.' || token.text === ';' || token.text === ':';
}

/** First and last token of the sentence, leaving out its final punctuation. */
function sentenceBounds(tokens: Token[], index: number): [number, number] {
  const sentence = tokens[index]!.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let last = index;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
  while (last > first && tokens[last]!.pos === 'PUNCT' && /^[.!?;:]$/.test(tokens[last]!.text)) last--;
  return [first, last];
}
