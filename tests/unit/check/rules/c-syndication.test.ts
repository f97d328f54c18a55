import { describe, expect, it } from 'vitest';
import { findingsOf, flagged } from '../helpers';

const story = 'Le Pen said she would propose closer ties, according to Reuters.\n\nSource: Capital';

describe('C-SYNDICATION', () => {
  it('finds a credit line in the text and offers to record it (a warning on an unmarked draft)', () => {
    const findings = findingsOf('C-SYNDICATION', story);
    expect(flagged(story, findings)).toEqual(['Source: Capital']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.fix).toEqual({ kind: 'set-credit', label: 'Set the credit to Capital', credit: 'Capital' });
  });

  it('is an error when the draft is marked as based on another outlet', () => {
    const findings = findingsOf('C-SYNDICATION', story, { meta: { credit: '', basedOnOtherOutlet: true } });
    expect(findings[0]!.severity).toBe('error');
  });

  it('is an error, about the metadata, when a marked rewrite has no credit anywhere', () => {
    const text = 'Le Pen said she would propose closer ties.';
    const [finding] = findingsOf('C-SYNDICATION', text, { meta: { credit: '', basedOnOtherOutlet: true } });
    expect(finding?.severity).toBe('error');
    expect(finding?.range).toBeNull();
  });

  it('is satisfied by a recorded credit', () => {
    expect(findingsOf('C-SYNDICATION', story, { meta: { credit: 'Capital', basedOnOtherOutlet: true } })).toEqual([]);
  });

  it('is quiet for an original story, even one ending with a line that merely starts like a credit', () => {
    expect(findingsOf('C-SYNDICATION', 'The council met on Monday, the mayor, Jan Novak, said.')).toEqual([]);
    expect(findingsOf('C-SYNDICATION', 'The convoy took the old road.\n\nVia Egnatia is closed.')).toEqual([]);
  });

  it('reads other credit forms', () => {
    const text = 'Le Pen said she would propose closer ties.\n\nOriginally published by Kathimerini.';
    expect(findingsOf('C-SYNDICATION', text)[0]?.fix).toMatchObject({ credit: 'Kathimerini' });
  });
});
