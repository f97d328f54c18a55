import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

describe('Q-EARLY', () => {
  it('flags a quote of several sentences whose speaker comes only at the end', () => {
    const text = '“The factory will close in March. Four hundred jobs will go. We tried everything to save it,” the owner, Petra Nowak, said.';
    const findings = findingsOf('Q-EARLY', text);
    expect(flagged(text, findings)).toHaveLength(1);
    expect(findings[0]!.message).toContain('3 sentences');
    expect(findings[0]!.severity).toBe('warning');
  });

  it('accepts a multi-sentence quote introduced by its speaker', () => {
    const text = 'Petra Nowak said: “The factory will close in March. Four hundred jobs will go. We tried everything to save it.”';
    expect(findingsOf('Q-EARLY', text)).toEqual([]);
  });

  it('accepts a speaker named after the first sentence', () => {
    const text = '“The factory will close in March,” Petra Nowak said. “Four hundred jobs will go. We tried everything to save it.”';
    expect(findingsOf('Q-EARLY', text)).toEqual([]);
  });
});
