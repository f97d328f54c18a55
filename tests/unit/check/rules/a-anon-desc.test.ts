import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, makeSource, spanOf } from '../helpers';

describe('A-ANON-DESC', () => {
  it('asks for how an unnamed source knows and why they are not named', () => {
    const text = 'A source said the minister would resign on Friday.';
    const findings = findingsOf('A-ANON-DESC', text);
    expect(flagged(text, findings)).toEqual(['A source']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message).toContain('how they know');
    expect(findings[0]!.message).toContain('why they were not named');
  });

  it('asks only for the reason when the description is specific', () => {
    const text = 'A diplomat familiar with the talks said the deal was close.';
    const [finding] = findingsOf('A-ANON-DESC', text);
    expect(finding?.message).toContain('why they were not named');
    expect(finding?.message).not.toContain('how they know');
  });

  it('accepts a source described specifically, with the reason for anonymity', () => {
    const text =
      'A senior official who attended the meeting said the deal was close. The official spoke on condition of anonymity because they were not authorised to discuss the talks.';
    expect(findingsOf('A-ANON-DESC', text)).toEqual([]);
  });

  it('does not take "a source of income" for an anonymous source', () => {
    const text = 'Tourism is a source of income for the island, the mayor, Nikos Papadakis, said.';
    expect(findingsOf('A-ANON-DESC', text)).toEqual([]);
  });

  it('checks anonymous source records for a description and a reason', () => {
    const text = 'The deal was close, a source said.';
    const vague = makeSource({ id: 'anon-1', name: 'Source A', kind: 'anonymous', role: 'a source' });
    const linked = [{ range: spanOf(text, 'The deal was close'), sourceIds: ['anon-1'], kind: 'claim' as const }];
    const findings = findingsOf('A-ANON-DESC', text, { sources: [vague], linked }).filter((finding) => finding.sourceId === 'anon-1');
    expect(findings.map((finding) => finding.fix)).toEqual([
      { kind: 'edit-source', label: 'Describe the source', sourceId: 'anon-1', field: 'role' },
      { kind: 'edit-source', label: 'Record the reason for anonymity', sourceId: 'anon-1', field: 'anonymityReason' },
    ]);
    expect(flagged(text, findings)).toEqual(['The deal was close', 'The deal was close']);
  });

  it('accepts a complete anonymous source record', () => {
    const complete = makeSource({
      id: 'anon-1',
      name: 'Source A',
      kind: 'anonymous',
      role: 'a diplomat who attended the talks',
      anonymityReason: 'not authorised to speak publicly',
    });
    expect(findingsOf('A-ANON-DESC', 'The talks went on late.', { sources: [complete] })).toEqual([]);
  });
});
