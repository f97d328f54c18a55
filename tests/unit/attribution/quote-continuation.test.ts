import { describe, expect, it } from 'vitest';
import { continueQuoteAcrossCue, continueQuoteBackAcrossCue } from '../../../shared/attribution/quote-continuation';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { tokenize } from '../../../shared/attribution/tokens';
import { spanOf } from './token-spans';

const TEXT = '“We checked every ballot box twice,” he said on Sunday. “Nobody found a single missing vote.”';

describe('a quotation interrupted by its cue', () => {
  const tokens = tokenize(TEXT);
  const quotes = findQuoteRegions(TEXT, tokens);
  const cue = spanOf(tokens, TEXT, 'said');
  const source = spanOf(tokens, TEXT, 'he');
  const firstQuote = spanOf(tokens, TEXT, '“We checked every ballot box twice,”');
  const secondQuote = spanOf(tokens, TEXT, '“Nobody found a single missing vote.”');
  const whole = { first: firstQuote.first, last: secondQuote.last };

  it('runs on from the first quotation into the one after the cue', () => {
    expect(continueQuoteAcrossCue(tokens, { cue, source, content: firstQuote }, quotes)).toEqual(whole);
  });

  it('reaches back from the second quotation to the one that opened the cue’s sentence', () => {
    expect(continueQuoteBackAcrossCue(tokens, { cue, source, content: secondQuote }, quotes)).toEqual(whole);
  });

  it('runs on into the rest of the sentence when the quotation resumes after a comma', () => {
    const text = '“The ferry is late again,” Ms. Okafor said, “and the harbour office will not explain why.”';
    const ownTokens = tokenize(text);
    const own = {
      cue: spanOf(ownTokens, text, 'said'),
      source: spanOf(ownTokens, text, 'Ms. Okafor'),
      content: spanOf(ownTokens, text, '“The ferry is late again,”'),
    };
    expect(continueQuoteAcrossCue(ownTokens, own, findQuoteRegions(text, ownTokens))).toEqual({ first: 0, last: ownTokens.length - 1 });
  });

  it('leaves a content alone when no quotation continues it', () => {
    const text = '“We checked every ballot box twice,” he said on Sunday. Then he went home.';
    const ownTokens = tokenize(text);
    const content = spanOf(ownTokens, text, '“We checked every ballot box twice,”');
    const own = { cue: spanOf(ownTokens, text, 'said'), source: spanOf(ownTokens, text, 'he'), content };
    expect(continueQuoteAcrossCue(ownTokens, own, findQuoteRegions(text, ownTokens))).toEqual(content);
  });
});
