import { describe, expect, it } from 'vitest';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { tokenize } from '../../../shared/attribution/tokens';

function quoted(text: string): string[] {
  return findQuoteRegions(text, tokenize(text)).map((q) => text.slice(q.start, q.end));
}

describe('findQuoteRegions', () => {
  it('pairs straight and curly double quotes', () => {
    expect(quoted('He said "we will win" and left.')).toEqual(['"we will win"']);
    expect(quoted('He said “we will win” and left.')).toEqual(['“we will win”']);
  });

  it('pairs guillemets in both the French and the German direction', () => {
    expect(quoted('Elle a dit « non merci » hier.')).toEqual(['« non merci »']);
    expect(quoted('Er sagte »nein danke« gestern.')).toEqual(['»nein danke«']);
  });

  it('pairs German low-high quotes „…“', () => {
    expect(quoted('Merkel sagte: „Wir schaffen das“, und ging.')).toEqual(['„Wir schaffen das“']);
  });

  it('finds single quotes without mistaking apostrophes for them', () => {
    expect(quoted("The voters' anger over Clinton's 'basket of deplorables' remark grew.")).toEqual([
      "'basket of deplorables'",
    ]);
    expect(quoted('It’s the ’90s all over again, the senators’ aides said.')).toEqual([]);
    expect(quoted('He called it ‘a disgrace’ on Monday.')).toEqual(['‘a disgrace’']);
  });

  it("reads two apostrophes ('') as one double quotation mark", () => {
    const text = "''The ferry is late again,'' the captain said, ''and nobody knows why.''";
    const regions = findQuoteRegions(text, tokenize(text));
    expect(regions.map((q) => [text.slice(q.start, q.end), q.single])).toEqual([
      ["''The ferry is late again,''", false],
      ["''and nobody knows why.''", false],
    ]);
  });

  it('keeps single quotes nested inside a double quote', () => {
    const text = '“They told me ‘never again’ and meant it,” she said.';
    const regions = findQuoteRegions(text, tokenize(text));
    expect(regions.map((q) => [text.slice(q.start, q.end), q.single])).toEqual([
      ['“They told me ‘never again’ and meant it,”', false],
      ['‘never again’', true],
    ]);
  });

  it('continues a quote into the next paragraph when that paragraph reopens it', () => {
    const text = '“The first paragraph of the speech.\n\n“The second one, which closes,” she said.';
    expect(quoted(text)).toEqual([text.slice(0, text.indexOf(',”') + 2)]);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = '“This quote is never closed.\n\nThe next paragraph is narration.';
    const regions = findQuoteRegions(text, tokenize(text));
    expect(regions).toHaveLength(1);
    expect(regions[0]!.close).toBeNull();
    expect(text.slice(regions[0]!.start, regions[0]!.end)).toBe('“This quote is never closed.');
  });

  it('decides the direction of straight quotes from spacing', () => {
    expect(quoted('"First," he said, "and second."')).toEqual(['"First,"', '"and second."']);
  });
});
