/** Words compared for quote verification: case, punctuation and typographic variants do not count. */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Cuts ("…", "...", "[…]") and insertions ("[the minister]") split a quote into pieces that must each be verbatim. */
const CUT_OR_INSERTION = /\[[^\]]*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.{3}/g;

export type VerbatimResult = { matches: true } | { matches: false; firstDifferingWords: string };

/**
 * Whether a quotation reproduces the source's own text. Each piece between
 * cuts and bracketed insertions must appear word for word, in order; the
 * first words that do not are returned so the editor knows where to look.
 */
export function verifyQuotation(quotation: string, ownText: string): VerbatimResult {
  const own = ` ${wordsOf(ownText).join(' ')} `;
  let position = 0;
  for (const piece of quotation.split(CUT_OR_INSERTION)) {
    const words = wordsOf(piece);
    if (words.length === 0) continue;
    const found = own.indexOf(` ${words.join(' ')} `, position);
    if (found !== -1) {
      position = found + words.join(' ').length + 1;
      continue;
    }
    return { matches: false, firstDifferingWords: firstMismatch(words, own, position) };
  }
  return { matches: true };
}

/** The longest start of the piece that does appear, plus the next word: where the quote departs from the source. */
function firstMismatch(words: string[], own: string, position: number): string {
  let matched = 0;
  while (matched < words.length && own.indexOf(` ${words.slice(0, matched + 1).join(' ')} `, position) !== -1) matched += 1;
  return words.slice(Math.max(0, matched - 2), matched + 3).join(' ');
}
