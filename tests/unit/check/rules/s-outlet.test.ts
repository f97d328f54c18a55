import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, makeSource } from '../helpers';

describe('S-OUTLET', () => {
  it('asks to add an outlet cited with "according to" as a source, with a one-click fix', () => {
    const text = 'The talks collapsed on Tuesday, according to Reuters.';
    const findings = findingsOf('S-OUTLET', text);
    expect(flagged(text, findings)).toEqual(['Reuters']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.fix).toEqual({
      kind: 'add-source',
      label: 'Add Reuters as a source',
      source: { name: 'Reuters', kind: 'wire-agency', role: 'the news agency', url: '', stateAffiliated: false },
    });
  });

  it('recognises variant spellings and "the BBC notes"', () => {
    const text = 'NATO has sent weapons to Ukraine, the BBC notes.\n\nAccording to Ria Novosti, talks will resume.';
    const findings = findingsOf('S-OUTLET', text);
    expect(flagged(text, findings)).toEqual(['the BBC', 'Ria Novosti']);
    expect(findings[1]!.fix).toMatchObject({ kind: 'add-source', source: { name: 'RIA Novosti', stateAffiliated: true } });
  });

  it('reports one finding per outlet, counting its citations', () => {
    const text = 'Prices rose, Bloomberg reported.\n\nExports fell, according to Bloomberg.';
    const findings = findingsOf('S-OUTLET', text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('cited 2 times');
  });

  it('does not flag an outlet that is the subject of the story rather than its origin', () => {
    const text = 'The BBC will cut 500 jobs in its news division next year.';
    expect(findingsOf('S-OUTLET', text)).toEqual([]);
  });

  it('accepts a registered outlet with a URL, and asks for the URL when it is missing', () => {
    const text = 'The talks collapsed on Tuesday, according to Reuters.';
    const complete = makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/world/talks' });
    expect(findingsOf('S-OUTLET', text, { sources: [complete] })).toEqual([]);
    const noUrl = makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency' });
    const [finding] = findingsOf('S-OUTLET', text, { sources: [noUrl] });
    expect(finding?.fix).toEqual({ kind: 'edit-source', label: 'Add the URL of the Reuters report', sourceId: 'reuters', field: 'url' });
  });

  it('does not take the word "capital" for the outlet Capital', () => {
    const text = 'Investors moved capital out of the country, according to analysts.';
    expect(findingsOf('S-OUTLET', text)).toEqual([]);
  });

  it('recognises outlets missing from the known list by how they are cited', () => {
    const text = 'Gas prices doubled, according to the Moscow Times. Le Figaro reported the same. The rise was confirmed, according to the Finance Ministry.';
    const findings = findingsOf('S-OUTLET', text);
    expect(findings.map((finding) => (finding.fix?.kind === 'add-source' ? finding.fix.source.name : null))).toEqual(['Moscow Times', 'Le Figaro']);
  });
});
