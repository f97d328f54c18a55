import { describe, expect, it } from 'vitest';
import { wholeSentenceAroundAside } from '../../../shared/attribution/parenthetical';
import { findQuoteRegions } from '../../../shared/attribution/quotes';
import { quoteContext } from '../../../shared/attribution/features';
import type { TokenSpan } from '../../../shared/attribution/spans';
import { tokenize } from '../../../shared/attribution/tokens';

function setUp(text: string): { span: (words: string) => TokenSpan; run: (entry: Record<'cue' | 'source' | 'content', string>) => string | null } {
  const tokens = tokenize(text);
  const marks = quoteContext(tokens, findQuoteRegions(text, tokens)).mark;
  const span = (words: string): TokenSpan => {
    const start = text.indexOf(words);
    return { first: tokens.findIndex((t) => t.start === start), last: tokens.findIndex((t) => t.end === start + words.length) };
  };
  const run = (entry: Record<'cue' | 'source' | 'content', string>): string | null => {
    const result = wholeSentenceAroundAside(tokens, { cue: span(entry.cue), source: span(entry.source), content: span(entry.content) }, marks);
    return result ? text.slice(tokens[result.first]!.start, tokens[result.last]!.end) : null;
  };
  return { span, run };
}

describe('an attribution set off by commas inside its sentence', () => {
  it('gives the whole sentence, aside included, as the content', () => {
    const text = 'Time, the governor added, was on their side.';
    expect(setUp(text).run({ cue: 'added', source: 'the governor', content: 'was on their side' })).toBe('Time, the governor added, was on their side');
  });

  it('keeps a content that is not beside the aside', () => {
    const text = 'The governor added that time was on their side.';
    expect(setUp(text).run({ cue: 'added', source: 'The governor', content: 'that time was on their side' })).toBe('that time was on their side');
  });
});
