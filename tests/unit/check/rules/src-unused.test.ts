import { describe, expect, it } from 'vitest';
import { findingsOf, makeSource, spanOf } from '../helpers';

const text = 'The bridge will reopen in May, the mayor, Jan Novak, said.';
const novak = makeSource({ id: 'jan-novak', name: 'Jan Novak', kind: 'person', role: 'mayor' });
const report = makeSource({ id: 'audit', name: 'Audit report', kind: 'document', url: 'https://example.org/audit', datePublished: '2026-01-02' });

describe('SRC-UNUSED', () => {
  it('reports a source no passage is attributed to, pointing at the source list', () => {
    const linked = [{ range: spanOf(text, 'The bridge will reopen in May'), sourceIds: ['jan-novak'], kind: 'paraphrase' as const }];
    const findings = findingsOf('SRC-UNUSED', text, { sources: [novak, report], linked });
    expect(findings.map((finding) => [finding.sourceId, finding.range, finding.severity])).toEqual([['audit', null, 'info']]);
    expect(findings[0]!.message).toContain('Audit report');
  });

  it('is quiet when every source is used', () => {
    const linked = [{ range: spanOf(text, 'The bridge will reopen in May'), sourceIds: ['jan-novak', 'audit'], kind: 'paraphrase' as const }];
    expect(findingsOf('SRC-UNUSED', text, { sources: [novak, report], linked })).toEqual([]);
  });
});
