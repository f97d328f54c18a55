import winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or punctuation mark of the analysed text, with its UTF-16 range. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal part-of-speech tag from wink's tagger. */
  pos: string;
  /** Dictionary form from wink ("said" → "say"), lowercase. */
  lemma: string;
  /** Index of the sentence the token belongs to (sentences never cross paragraphs). */
  sentence: number;
  /** True for the first token after a line break: a paragraph (or line) starts here. */
  paragraphStart: boolean;
}

type Wink = { nlp: ReturnType<typeof winkNLP>; lemmaOfToken: ItsFunction<string> };
let wink: Wink | null = null;

/**
 * Built on first use: setting up wink's model takes tens of milliseconds, which
 * the web host and the command line should not pay at start when they never tokenize.
 */
function loadWink(): Wink {
  if (wink) return wink;
  // Only sentence boundaries and part of speech are needed; skipping NER,
  // negation and sentiment keeps wink well above our throughput target.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  // wink's declarations give its.lemma a third parameter typed differently from
  // what out() passes (the runtime is the same as for its.pos); only the types disagree.
  wink = { nlp, lemmaOfToken: nlp.its.lemma as unknown as ItsFunction<string> };
  return wink;
}

/**
 * Splits text into tokens with exact UTF-16 offsets. wink reports each token's
 * value and the whitespace before it but not its position, and it silently
 * drops a few characters (a byte-order mark, for one), so every position is
 * verified against the text and re-found when the running count disagrees.
 */
export function tokenize(text: string): Token[] {
  const { nlp, lemmaOfToken } = loadWink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(lemmaOfToken);
  const sentenceOfToken = sentenceIndexPerToken(doc.sentences().out(its.span), values.length);

  const tokens: Token[] = [];
  let cursor = 0;
  let sentence = -1;
  let lastWinkSentence = -1;
  let lineBreakPending = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      cursor = found;
    }
    const start = cursor;
    cursor += value.length;
    if (value.trim() === '') {
      if (value.includes('\n')) lineBreakPending = true;
      continue;
    }
    const winkSentence = sentenceOfToken[i] ?? lastWinkSentence;
    if (winkSentence !== lastWinkSentence || lineBreakPending) sentence++;
    lastWinkSentence = winkSentence;
    tokens.push({
      start,
      end: cursor,
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i] ?? 'X',
      lemma: lemmas[i] ?? value.toLowerCase(),
      sentence,
      paragraphStart: lineBreakPending,
    });
    lineBreakPending = false;
  }
  return tokens;
}

function sentenceIndexPerToken(spans: unknown[], tokenCount: number): Int32Array {
  const result = new Int32Array(tokenCount).fill(-1);
  spans.forEach((span, index) => {
    if (!Array.isArray(span)) return;
    const [first, last] = span as [number, number];
    for (let t = first; t <= last && t < tokenCount; t++) result[t] = index;
  });
  return result;
}
