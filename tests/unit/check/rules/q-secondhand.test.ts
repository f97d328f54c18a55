import { describe, expect, it } from 'vitest';
import { detected, findingsOf, flagged } from '../helpers';

describe('Q-SECONDHAND', () => {
  it('flags words passed on without the outlet or occasion', () => {
    const text = 'The minister was quoted as saying that the budget would be balanced by 2026.';
    const findings = findingsOf('Q-SECONDHAND', text);
    expect(flagged(text, findings)).toEqual(['was quoted as saying']);
    expect(findings[0]!.severity).toBe('warning');
  });

  it('flags "said in an interview" with no interviewer', () => {
    const text = 'Jane Smith said in an interview that she would run again.';
    expect(flagged(text, findingsOf('Q-SECONDHAND', text))).toEqual(['said in an interview']);
  });

  it('accepts the occasion named', () => {
    const text = '“If I am elected president, I will leave NATO’s Joint Command,” Le Pen was quoted as saying at a news conference.';
    expect(findingsOf('Q-SECONDHAND', text)).toEqual([]);
  });

  it('accepts the outlet named', () => {
    const text = 'Jane Smith said in an interview with the BBC that she would run again.';
    expect(findingsOf('Q-SECONDHAND', text)).toEqual([]);
  });

  it('uses second-hand cues the detector found', () => {
    const text = 'Mr Ivanov, speaking to journalists, was cited as calling the sanctions theft.';
    const attribution = detected(text, { cue: 'was cited as calling', source: 'Mr Ivanov', type: 'second-hand' });
    expect(flagged(text, findingsOf('Q-SECONDHAND', text, { detected: [attribution] }))).toEqual(['was cited as calling']);
  });
});
