import { describe, expect, it } from 'vitest';
import { includeRaisedSubject } from '../../../shared/attribution/raised-subject';
import type { TokenSpan } from '../../../shared/attribution/spans';
import { tokenize } from '../../../shared/attribution/tokens';

function contentAfter(text: string, cue: string, content: string): string | null {
  const tokens = tokenize(text);
  const span = (words: string): TokenSpan => {
    const start = text.indexOf(words);
    return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === start + words.length) };
  };
  const result = includeRaisedSubject(tokens, { cue: span(cue), source: null, content: span(content) });
  return result ? text.slice(tokens[result.first]!.start, tokens[result.last]!.end) : null;
}

describe('a passive cue followed by "to"', () => {
  it('attributes the whole clause, subject included', () => {
    const text = 'The harbour board is expected to raise mooring fees in the spring.';
    expect(contentAfter(text, 'is expected', 'to raise mooring fees in the spring')).toBe('The harbour board is expected to raise mooring fees in the spring');
  });

  it('leaves an active cue’s content alone', () => {
    const text = 'The harbour board wants to raise mooring fees in the spring.';
    expect(contentAfter(text, 'wants', 'to raise mooring fees in the spring')).toBe('to raise mooring fees in the spring');
  });
});
