import { describe, expect, it } from 'vitest';
import { detected, findingsOf, flagged, makeSource, spanOf } from '../helpers';

const reuters = makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/x' });
const smith = makeSource({ id: 'jane-smith', name: 'Jane Smith', kind: 'person', role: 'mayor' });

describe('S-UNLINKED', () => {
  it('offers to link a passage citing a registered outlet', () => {
    const text = 'The talks collapsed on Tuesday, according to Reuters.';
    const findings = findingsOf('S-UNLINKED', text, { sources: [reuters] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.fix).toEqual({ kind: 'link-passage', label: 'Link to Reuters', sourceId: 'reuters', range: { start: 0, end: text.length } });
  });

  it('offers to link a detected attribution to the registered person, by surname', () => {
    const text = 'Smith said the bridge would reopen in May.';
    const attribution = detected(text, { cue: 'said', source: 'Smith', content: 'the bridge would reopen in May', type: 'indirect' });
    const findings = findingsOf('S-UNLINKED', text, { sources: [smith], detected: [attribution] });
    expect(flagged(text, findings)).toEqual(['the bridge would reopen in May']);
    expect(findings[0]!.fix).toMatchObject({ kind: 'link-passage', sourceId: 'jane-smith' });
  });

  it('is quiet when the passage is already linked', () => {
    const text = 'Smith said the bridge would reopen in May.';
    const attribution = detected(text, { cue: 'said', source: 'Smith', content: 'the bridge would reopen in May', type: 'indirect' });
    const linked = [{ range: spanOf(text, 'the bridge would reopen in May'), sourceIds: ['jane-smith'], kind: 'paraphrase' as const }];
    expect(findingsOf('S-UNLINKED', text, { sources: [smith], detected: [attribution], linked })).toEqual([]);
  });

  it('is quiet when the source is not registered', () => {
    const text = 'The talks collapsed on Tuesday, according to Reuters.';
    expect(findingsOf('S-UNLINKED', text)).toEqual([]);
  });
});
