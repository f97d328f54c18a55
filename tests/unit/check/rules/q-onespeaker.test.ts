import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

describe('Q-ONESPEAKER', () => {
  it('flags a paragraph quoting two different speakers', () => {
    const text = '“We will cut taxes for every working family,” Anna Berg said. “That promise has been broken three times before,” Lars Holm replied.';
    const findings = findingsOf('Q-ONESPEAKER', text);
    expect(flagged(text, findings)).toEqual(['“That promise has been broken three times before,”']);
    expect(findings[0]!.message).toContain('Anna Berg');
    expect(findings[0]!.message).toContain('Lars Holm');
  });

  it('accepts two quotes from the same speaker, named in full and by surname', () => {
    const text = '“We will cut taxes for every working family,” Anna Berg said. “And we will do it in the first year,” Berg added.';
    expect(findingsOf('Q-ONESPEAKER', text)).toEqual([]);
  });

  it('accepts the two speakers in separate paragraphs', () => {
    const text = '“We will cut taxes for every working family,” Anna Berg said.\n\n“That promise has been broken three times before,” Lars Holm replied.';
    expect(findingsOf('Q-ONESPEAKER', text)).toEqual([]);
  });
});
