import { describe, expect, it } from 'vitest';
import { detected, findingsOf, flagged, makeSource, spanOf } from '../helpers';

const whistleblower = makeSource({ id: 'anon-1', name: 'Whistleblower', kind: 'anonymous', role: 'a ministry accountant', anonymityReason: 'fear of dismissal' });
const auditor = makeSource({ id: 'audit', name: 'Court of Audit report', kind: 'document', url: 'https://example.org/audit' });

describe('A-SINGLE', () => {
  it('flags a contentious claim resting on a single linked source', () => {
    const text = 'The minister embezzled funds meant for flood relief, a ministry accountant said.';
    const linked = [{ range: spanOf(text, 'The minister embezzled funds meant for flood relief'), sourceIds: ['anon-1'], kind: 'claim' as const }];
    const findings = findingsOf('A-SINGLE', text, { sources: [whistleblower], linked });
    expect(flagged(text, findings)).toEqual(['embezzled']);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('Whistleblower');
  });

  it('accepts the claim when two independent sources support it', () => {
    const text = 'The minister embezzled funds meant for flood relief, a ministry accountant said.';
    const linked = [{ range: spanOf(text, 'The minister embezzled funds meant for flood relief'), sourceIds: ['anon-1', 'audit'], kind: 'claim' as const }];
    expect(findingsOf('A-SINGLE', text, { sources: [whistleblower, auditor], linked })).toEqual([]);
  });

  it('counts a detected speaker as the single source', () => {
    const text = 'Jan Novak accused the mayor of fraud.';
    const attribution = detected(text, { cue: 'accused', source: 'Jan Novak', content: 'the mayor of fraud', type: 'indirect' });
    expect(flagged(text, findingsOf('A-SINGLE', text, { detected: [attribution] }))).toEqual(['accused']);
  });

  it('ignores claims that are not contentious', () => {
    const text = 'The bridge will reopen in May, the mayor, Jan Novak, said.';
    const attribution = detected(text, { cue: 'said', source: 'Jan Novak', content: 'The bridge will reopen in May', type: 'indirect' });
    expect(findingsOf('A-SINGLE', text, { detected: [attribution] })).toEqual([]);
  });

  it('leaves headlines to the body that sources them', () => {
    const text = 'Mayor accused of fraud\n\nThe opposition leader, Anna Berg, and two auditors said the accounts did not add up.';
    const headline = detected(text, { cue: 'accused', source: 'Mayor', content: 'of fraud', type: 'indirect' });
    expect(findingsOf('A-SINGLE', text, { detected: [headline] })).toEqual([]);
  });
});
