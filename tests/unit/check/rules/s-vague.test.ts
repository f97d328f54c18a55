import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

describe('S-VAGUE', () => {
  it('flags agentless "it is noted that" and offers to state the fact plainly', () => {
    const text = 'It is noted that this is a key NATO pact.';
    const findings = findingsOf('S-VAGUE', text);
    expect(flagged(text, findings)).toEqual(['It is noted that']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.fix).toEqual({ kind: 'replace-text', label: 'Delete “It is noted that”', range: { start: 0, end: 18 }, replacement: 'T' });
  });

  it('flags "it is believed" without offering to delete it (that would turn a belief into a fact)', () => {
    const text = 'It is believed that the minister knew about the payments.';
    const findings = findingsOf('S-VAGUE', text);
    expect(flagged(text, findings)).toEqual(['It is believed that']);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('flags "reportedly" with its verb, "sources say" and "experts believe"', () => {
    const text = 'She reportedly stated that she would resign. Sources say the cabinet is divided. Experts believe the plan will fail.';
    expect(flagged(text, findingsOf('S-VAGUE', text))).toEqual(['reportedly stated', 'Sources say', 'Experts believe']);
  });

  it('flags polls and research with no one named, but not when the pollster is named', () => {
    const vague = 'Opinion polls suggest a fierce battle in the second round.';
    expect(flagged(vague, findingsOf('S-VAGUE', vague))).toEqual(['Opinion polls suggest']);
    const named = 'An Ifop poll published on Sunday suggests a fierce battle in the second round.';
    expect(findingsOf('S-VAGUE', named)).toEqual([]);
    const pollster = 'Polls by Ipsos suggest a fierce battle in the second round.';
    expect(findingsOf('S-VAGUE', pollster)).toEqual([]);
  });

  it('does not flag named attribution', () => {
    const text = 'Marine Le Pen said on Wednesday that she would propose closer ties, according to Reuters. Treasury officials said the deficit would shrink.';
    expect(findingsOf('S-VAGUE', text)).toEqual([]);
  });

  it('does not flag the words inside a quotation', () => {
    const text = '“It is said that we are finished, but we are not,” Anna Berg said.';
    expect(findingsOf('S-VAGUE', text)).toEqual([]);
  });
});
