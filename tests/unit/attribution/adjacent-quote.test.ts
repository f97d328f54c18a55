import { describe, expect, it } from 'vitest';
import { quotationBeforeCue } from '../../../shared/attribution/adjacent-quote';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { tokenize } from '../../../shared/attribution/tokens';
import { spanOf } from './token-spans';

const TEXT =
  'The mayor rode the tram downtown to Harbor Street on Friday morning.\n\n' +
  "''Well, it is a rather odd thing to say,'' Mrs. Okafor said. ''But I will trust the people of this city.''";

describe('a cue right after a closing quotation mark and its speaker', () => {
  const tokens = tokenize(TEXT);
  const quotes = findQuoteRegions(TEXT, tokens);
  const cue = spanOf(tokens, TEXT, 'said');
  const source = spanOf(tokens, TEXT, 'Mrs. Okafor');
  const quotation = spanOf(tokens, TEXT, "''Well, it is a rather odd thing to say,''");

  it('takes that quotation instead of a phrase the tagger found in the previous paragraph', () => {
    const wrong = spanOf(tokens, TEXT, 'downtown to Harbor Street');
    expect(quotationBeforeCue(tokens, { cue, source, content: wrong }, quotes)).toEqual(quotation);
  });

  it('takes that quotation when the tagger found no content', () => {
    expect(quotationBeforeCue(tokens, { cue, source, content: null }, quotes)).toEqual(quotation);
  });

  it('keeps a content that already covers the quotation, such as one running on past the cue', () => {
    const longer = { first: quotation.first, last: spanOf(tokens, TEXT, "people of this city.''").last };
    expect(quotationBeforeCue(tokens, { cue, source, content: longer }, quotes)).toEqual(longer);
  });

  it('leaves a content after the cue to the tagger, since the cue may report that instead', () => {
    const text = '“Not again,” Mr. Ansel said of the plan, which the council had already rejected twice.';
    const own = tokenize(text);
    const content = spanOf(own, text, 'the plan, which the council had already rejected twice');
    const entry = { cue: spanOf(own, text, 'said'), source: spanOf(own, text, 'Mr. Ansel'), content };
    expect(quotationBeforeCue(own, entry, findQuoteRegions(text, own))).toEqual(content);
  });

  it('takes the quotation instead of a short tail after the cue or a content that only starts in the next sentence', () => {
    const text = '“Build it higher,” Mr. Ansel said in response. The crowd cheered for a long time.';
    const own = tokenize(text);
    const quotation = spanOf(own, text, '“Build it higher,”');
    const base = { cue: spanOf(own, text, 'said'), source: spanOf(own, text, 'Mr. Ansel') };
    const quotes = findQuoteRegions(text, own);
    expect(quotationBeforeCue(own, { ...base, content: spanOf(own, text, 'response') }, quotes)).toEqual(quotation);
    expect(quotationBeforeCue(own, { ...base, content: spanOf(own, text, 'The crowd cheered for a long time') }, quotes)).toEqual(quotation);
  });

  it('reads “…,” said Mr. Ansel with the cue before the speaker the same way', () => {
    const text = '“The bridge will reopen in May,” said Mr. Ansel, the engineer in charge.';
    const own = tokenize(text);
    const found = quotationBeforeCue(own, { cue: spanOf(own, text, 'said'), source: spanOf(own, text, 'Mr. Ansel'), content: null }, findQuoteRegions(text, own));
    expect(found).toEqual(spanOf(own, text, '“The bridge will reopen in May,”'));
  });

  it('leaves a cue alone when a clause, not a speaker, stands between it and the quotation', () => {
    const text = '“The bridge will reopen in May,” the council announced. Later the engineers, who had checked it twice, said the date was firm.';
    const own = tokenize(text);
    const content = spanOf(own, text, 'the date was firm');
    const entry = { cue: spanOf(own, text, 'said'), source: spanOf(own, text, 'the engineers'), content };
    expect(quotationBeforeCue(own, entry, findQuoteRegions(text, own))).toEqual(content);
  });
});
