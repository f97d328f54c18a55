import { describe, expect, it } from 'vitest';
import { findingsOf, makeSource } from '../helpers';

const text = 'The bridge will reopen in May.';

describe('SRC-INCOMPLETE', () => {
  it('asks for a person’s role, a document’s URL and web material’s date', () => {
    const sources = [
      makeSource({ id: 'jan-novak', name: 'Jan Novak', kind: 'person' }),
      makeSource({ id: 'memo', name: 'Council memo', kind: 'document' }),
      makeSource({ id: 'post', name: 'Mayor’s post', kind: 'social-post', url: 'https://example.org/post/1' }),
    ];
    const findings = findingsOf('SRC-INCOMPLETE', text, { sources });
    expect(findings.map((finding) => [finding.sourceId, finding.fix?.kind === 'edit-source' ? finding.fix.field : null])).toEqual([
      ['jan-novak', 'role'],
      ['memo', 'url'],
      ['post', 'datePublished'],
    ]);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it('accepts complete records', () => {
    const sources = [
      makeSource({ id: 'jan-novak', name: 'Jan Novak', kind: 'person', role: 'mayor of Brno' }),
      makeSource({ id: 'memo', name: 'Council memo', kind: 'document', url: 'https://example.org/memo', dateAccessed: '2026-03-01' }),
    ];
    expect(findingsOf('SRC-INCOMPLETE', text, { sources })).toEqual([]);
  });

  it('leaves a cited outlet’s missing URL to S-OUTLET', () => {
    const cited = 'The bridge will reopen in May, according to Reuters.';
    const reuters = makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency' });
    expect(findingsOf('SRC-INCOMPLETE', cited, { sources: [reuters] })).toEqual([]);
    expect(findingsOf('S-OUTLET', cited, { sources: [reuters] })).toHaveLength(1);
  });
});
