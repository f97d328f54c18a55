import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, makeSource, spanOf } from '../helpers';

const transcript =
  'Thank you all for coming. If I am elected president, I will leave NATO’s Joint Command, but I will not abandon Article Five on mutual protection. That is my position.';
const lePen = makeSource({ id: 'le-pen', name: 'Marine Le Pen', kind: 'person', role: 'presidential candidate', ownText: transcript });

function linkedQuote(text: string, quote: string) {
  return [{ range: spanOf(text, quote), sourceIds: ['le-pen'], kind: 'quote' as const }];
}

describe('Q-VERBATIM', () => {
  it('accepts an exact quote, whatever the typographic quotes and case', () => {
    const quote = 'If I am elected president, I will leave NATO’s Joint Command';
    const text = `“${quote},” Le Pen said.`;
    expect(findingsOf('Q-VERBATIM', text, { sources: [lePen], linked: linkedQuote(text, quote) })).toEqual([]);
  });

  it('accepts cuts marked with an ellipsis and insertions in brackets', () => {
    const quote = 'If I am elected … I will leave [the alliance’s] Joint Command';
    const text = `“${quote},” Le Pen said.`;
    expect(findingsOf('Q-VERBATIM', text, { sources: [lePen], linked: linkedQuote(text, quote) })).toEqual([]);
  });

  it('flags a quote whose words differ from the stored text, naming where', () => {
    const quote = 'If I am elected president, I will quit NATO’s Joint Command';
    const text = `“${quote},” Le Pen said.`;
    const findings = findingsOf('Q-VERBATIM', text, { sources: [lePen], linked: linkedQuote(text, quote) });
    expect(flagged(text, findings)).toEqual([`“${quote},”`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('will quit');
  });

  it('flags an unmarked cut', () => {
    const quote = 'I will leave NATO’s Joint Command on mutual protection';
    const text = `“${quote},” Le Pen said.`;
    expect(findingsOf('Q-VERBATIM', text, { sources: [lePen], linked: linkedQuote(text, quote) })).toHaveLength(1);
  });

  it('matches the speaker by name when the quote is not linked', () => {
    const text = '“I will leave the Joint Command and NATO too,” Marine Le Pen said.';
    expect(findingsOf('Q-VERBATIM', text, { sources: [lePen] })).toHaveLength(1);
  });

  it('says nothing when the source has no stored text', () => {
    const text = '“I will leave the Joint Command and NATO too,” Marine Le Pen said.';
    const withoutText = makeSource({ id: 'le-pen', name: 'Marine Le Pen', kind: 'person', role: 'candidate' });
    expect(findingsOf('Q-VERBATIM', text, { sources: [withoutText] })).toEqual([]);
  });
});
