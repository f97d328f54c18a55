import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, makeSource, spanOf } from '../helpers';

const one = makeSource({ id: 'anon-1', name: 'Official', kind: 'anonymous', role: 'a ministry official', anonymityReason: 'not authorised' });
const two = makeSource({ id: 'anon-2', name: 'Diplomat', kind: 'anonymous', role: 'a diplomat', anonymityReason: 'not authorised' });

describe('A-PLURAL', () => {
  it('flags "sources said" when only one source is linked, with the singular as fix', () => {
    const text = 'The minister will resign, sources said.';
    const linked = [{ range: spanOf(text, 'The minister will resign'), sourceIds: ['anon-1'], kind: 'claim' as const }];
    const findings = findingsOf('A-PLURAL', text, { sources: [one], linked });
    expect(flagged(text, findings)).toEqual(['sources said']);
    expect(findings[0]!.fix).toMatchObject({ kind: 'replace-text', replacement: 'a source said' });
  });

  it('makes the verb agree: "sources say" becomes "a source says"', () => {
    const text = 'Sources say the minister will resign.';
    const linked = [{ range: spanOf(text, 'the minister will resign'), sourceIds: ['anon-1'], kind: 'claim' as const }];
    const [finding] = findingsOf('A-PLURAL', text, { sources: [one], linked });
    expect(finding?.fix).toMatchObject({ replacement: 'A source says' });
  });

  it('accepts the plural when two sources are linked', () => {
    const text = 'The minister will resign, sources said.';
    const linked = [{ range: spanOf(text, 'The minister will resign'), sourceIds: ['anon-1', 'anon-2'], kind: 'claim' as const }];
    expect(findingsOf('A-PLURAL', text, { sources: [one, two], linked })).toEqual([]);
  });

  it('cannot judge, and stays quiet, when nothing is linked', () => {
    expect(findingsOf('A-PLURAL', 'The minister will resign, sources said.')).toEqual([]);
  });
});
