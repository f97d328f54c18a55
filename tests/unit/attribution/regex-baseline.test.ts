import { describe, expect, it } from 'vitest';
import { detectRegexBaseline } from '../../../shared/attribution/index';

const text = '“Taxes will not rise,” said Ms. Lopez. The mayor told reporters the budget was balanced. Turnout fell, according to the Electoral Commission.';
const slice = (span: { start: number; end: number } | null): string | null => (span ? text.slice(span.start, span.end) : null);

describe('detectRegexBaseline', () => {
  const found = detectRegexBaseline(text).map((a) => ({ cue: slice(a.cue), source: slice(a.source), content: slice(a.content), type: a.type }));

  it('finds a cue after a quotation with the speaker after it', () => {
    expect(found).toContainEqual({ cue: 'said', source: 'Ms. Lopez', content: '“Taxes will not rise,”', type: 'direct' });
  });

  it('finds a speaker before a reporting verb with the rest of the clause', () => {
    expect(found).toContainEqual(expect.objectContaining({ cue: 'told', content: 'reporters the budget was balanced' }));
  });

  it('finds "according to" with the organisation', () => {
    expect(found).toContainEqual(expect.objectContaining({ cue: 'according to', source: 'the Electoral Commission', type: 'according-to' }));
  });

  it('returns attributions in text order', () => {
    const starts = detectRegexBaseline(text).map((a) => a.cue!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
