import { describe, expect, it } from 'vitest';
import { quotationBeforeCue } from '../../../shared/attribution/adjacent-quote';
import { analysed } from './token-spans';

const TEXT =
  'The mayor rode the tram downtown to Harbor Street on Friday morning.\n\n' +
  "''Well, it is a rather odd thing to say,'' Mrs. Okafor said. ''But I will trust the people of this city.''";

describe('a cue right after a closing quotation mark and its speaker', () => {
  const { tokens, quotes, span } = analysed(TEXT);
  const cue = span('said');
  const source = span('Mrs. Okafor');
  const quotation = span("''Well, it is a rather odd thing to say,''");

  it('takes that quotation instead of a phrase the tagger found in the previous paragraph', () => {
    const wrong = span('downtown to Harbor Street');
    expect(quotationBeforeCue(tokens, { cue, source, content: wrong }, quotes)).toEqual(quotation);
  });

  it('takes that quotation when the tagger found no content', () => {
    expect(quotationBeforeCue(tokens, { cue, source, content: null }, quotes)).toEqual(quotation);
  });

  it('keeps a content that already covers the quotation, such as one running on past the cue', () => {
    const longer = { first: quotation.first, last: span("people of this city.''").last };
    expect(quotationBeforeCue(tokens, { cue, source, content: longer }, quotes)).toEqual(longer);
  });

  it('leaves a content after the cue to the tagger, since the cue may report that instead', () => {
    const own = analysed('“Not again,” Mr. Ansel said of the plan, which the council had already rejected twice.');
    const content = own.span('the plan, which the council had already rejected twice');
    const entry = { cue: own.span('said'), source: own.span('Mr. Ansel'), content };
    expect(quotationBeforeCue(own.tokens, entry, own.quotes)).toEqual(content);
  });

  it('takes the quotation instead of a short tail after the cue or a content that only starts in the next sentence', () => {
    const own = analysed('“Build it higher,” Mr. Ansel said in response. The crowd cheered for a long time.');
    const quotation = own.span('“Build it higher,”');
    const base = { cue: own.span('said'), source: own.span('Mr. Ansel') };
    expect(quotationBeforeCue(own.tokens, { ...base, content: own.span('response') }, own.quotes)).toEqual(quotation);
    expect(quotationBeforeCue(own.tokens, { ...base, content: own.span('The crowd cheered for a long time') }, own.quotes)).toEqual(quotation);
  });

  it('reads “…,” said Mr. Ansel with the cue before the speaker the same way', () => {
    const own = analysed('“The bridge will reopen in May,” said Mr. Ansel, the engineer in charge.');
    const found = quotationBeforeCue(own.tokens, { cue: own.span('said'), source: own.span('Mr. Ansel'), content: null }, own.quotes);
    expect(found).toEqual(own.span('“The bridge will reopen in May,”'));
  });

  it('leaves a cue alone when a clause, not a speaker, stands between it and the quotation', () => {
    const own = analysed('“The bridge will reopen in May,” the council announced. Later the engineers, who had checked it twice, said the date was firm.');
    const content = own.span('the date was firm');
    const entry = { cue: own.span('said'), source: own.span('the engineers'), content };
    expect(quotationBeforeCue(own.tokens, entry, own.quotes)).toEqual(content);
  });
});
