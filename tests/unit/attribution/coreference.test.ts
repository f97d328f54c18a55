import { describe, expect, it } from 'vitest';
import { SourceNameResolver } from '../../../shared/attribution/coreference';
import { tokenize } from '../../../shared/attribution/tokens';

/** Resolves the source written as `phrase` (its `occurrence`-th appearance) in `text`. */
function resolve(text: string, phrase: string, occurrence = 0): string | null {
  const tokens = tokenize(text);
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(phrase, start + 1);
  const end = start + phrase.length;
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === end);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(last).toBeGreaterThanOrEqual(first);
  return new SourceNameResolver(text, tokens).resolve({ first, last });
}

describe('SourceNameResolver', () => {
  it('names a source by the proper name inside it, without titles or descriptions', () => {
    expect(resolve('Republican nominee Donald Trump said it was rigged.', 'Republican nominee Donald Trump')).toBe('Donald Trump');
    expect(resolve('The vote was close, Senator Elizabeth Warren said.', 'Senator Elizabeth Warren')).toBe('Elizabeth Warren');
  });

  it('resolves a pronoun to the last person named before it', () => {
    const text = 'Marine Le Pen spoke in Paris on Sunday. She said France would leave NATO.';
    expect(resolve(text, 'She')).toBe('Marine Le Pen');
  });

  it('resolves a later description of a person to that person', () => {
    const text = 'Elizabeth Warren questioned the bank’s chief. The senator said he should resign.';
    expect(resolve(text, 'The senator')).toBe('Elizabeth Warren');
  });

  it('resolves an outlet description or "it" to the last organisation, skipping people', () => {
    const text = 'The story was first reported by The Washington Post. John Smith denied it. The newspaper said it stood by the report.';
    expect(resolve(text, 'The newspaper')).toBe('The Washington Post');
    expect(resolve(text, 'it', 1)).toBe('The Washington Post');
  });

  it('names the person an appositive describes, not the body it mentions', () => {
    const text = 'Maria Kostopoulou, head of the Union of Greek Shipowners, said costs had doubled.';
    expect(resolve(text, 'Maria Kostopoulou, head of the Union of Greek Shipowners')).toBe('Maria Kostopoulou');
    const later = 'The talks failed. Dmytro Kuleba, Ukraine’s foreign minister, said the corridor must stay open.';
    expect(resolve(later, 'Dmytro Kuleba, Ukraine’s foreign minister')).toBe('Dmytro Kuleba');
  });

  it('names the head after a possessive, and the owner when no one else is named', () => {
    expect(resolve('Ukraine’s foreign minister Dmytro Kuleba said no.', 'Ukraine’s foreign minister Dmytro Kuleba')).toBe('Dmytro Kuleba');
    expect(resolve('On Monday, Libertarian nominee Jane Hollis’s doctor said she was well.', 'Libertarian nominee Jane Hollis’s doctor')).toBe('Jane Hollis');
  });

  it('drops nationalities and offices before a title along with the title', () => {
    expect(resolve('Turkish President Recep Tayyip Erdogan said he would call.', 'Turkish President Recep Tayyip Erdogan')).toBe('Recep Tayyip Erdogan');
    expect(resolve('Foreign Minister Anna Berg said no.', 'Foreign Minister Anna Berg')).toBe('Anna Berg');
    expect(resolve('Democrat Jane Hollis said no.', 'Democrat Jane Hollis')).toBe('Jane Hollis');
  });

  it('keeps a nationality as a description, not a name', () => {
    expect(resolve('The talks stalled. Greek officials said shippers were worried.', 'Greek officials')).toBe('Greek officials');
    const text = 'The European Commission met on Monday. The Russian foreign ministry said sanctions were to blame.';
    expect(resolve(text, 'The Russian foreign ministry')).toBe('Russian foreign ministry');
  });

  it('does not take a nationality for the person a pronoun refers to', () => {
    const text = 'Jane Hollis spoke to voters. The first African-American mayor was there. He said it was a good day.';
    expect(resolve(text, 'He')).toBe('Jane Hollis');
  });

  it('leaves first and second person unresolved', () => {
    expect(resolve('Donald Trump spoke. I think we can win, he said.', 'I')).toBeNull();
  });
});
