import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/attribution/tokens';

/** Every token's offsets must cut exactly its own text out of the input. */
function expectExactOffsets(text: string): void {
  const tokens = tokenize(text);
  expect(tokens.length).toBeGreaterThan(0);
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
}

describe('tokenize', () => {
  it('gives UTF-16 offsets that survive emoji and astral characters', () => {
    const text = 'Fans 😀😀 cheered. “We won 🏆,” said 𝔐𝔞𝔯𝔦𝔞 Ruiz, who is 👩‍👩‍👧 mother.';
    expectExactOffsets(text);
    const said = tokenize(text).find((t) => t.text === 'said')!;
    expect(said.start).toBe(text.indexOf('said'));
    const ruiz = tokenize(text).find((t) => t.text === 'Ruiz')!;
    expect(ruiz.start).toBe(text.indexOf('Ruiz'));
  });

  it('keeps offsets right after characters wink drops, such as a byte-order mark', () => {
    const text = 'First line.\n\n\ufeffThe minister said no.';
    expectExactOffsets(text);
    expect(tokenize(text).find((t) => t.text === 'minister')!.start).toBe(text.indexOf('minister'));
  });

  it('handles non-breaking spaces, tabs and contractions', () => {
    expectExactOffsets('She didn\u2019t\u00a0say it.\tHe won\'t  either.');
  });

  it('starts a new sentence at every line break and marks paragraph starts', () => {
    const tokens = tokenize('A headline without a stop\nThe body starts here. It goes on.');
    const body = tokens.find((t) => t.text === 'The')!;
    expect(body.paragraphStart).toBe(true);
    expect(body.sentence).toBeGreaterThan(tokens[0]!.sentence);
    expect(tokens.find((t) => t.text === 'It')!.paragraphStart).toBe(false);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\n ')).toEqual([]);
  });
});
