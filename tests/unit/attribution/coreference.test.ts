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

  it('leaves first and second person unresolved', () => {
    expect(resolve('Donald Trump spoke. I think we can win, he said.', 'I')).toBeNull();
  });
});
