import { describe, expect, it } from 'vitest';
import { sourcesFromProposals } from '../../../shared/import/sources/accept-proposals';
import type { ProposedSource } from '../../../shared/import/sources/proposed-source';
import { SourceSchema } from '../../../shared/model/source';

function proposal(name: string, extra: Partial<ProposedSource> = {}): ProposedSource {
  return { name, kind: 'outlet', role: '', stateAffiliated: false, reason: 'outlet-citation', known: true, mentions: 1, evidence: `${name} reported it.`, ...extra };
}

function ids(): () => string {
  let next = 0;
  return () => `new-${++next}`;
}

describe('accepting the sources proposed on import', () => {
  it('turns each proposal into a draft source with its kind, description, state-affiliated flag and evidence', () => {
    const added = sourcesFromProposals(
      [],
      [proposal('RIA Novosti', { role: 'Russian state news agency', stateAffiliated: true }), proposal('Marine Le Pen', { kind: 'person', reason: 'attribution' })],
      [],
      ids(),
    );
    expect(added).toMatchObject([
      { id: 'new-1', name: 'RIA Novosti', kind: 'outlet', role: 'Russian state news agency', stateAffiliated: true, notes: expect.stringContaining('RIA Novosti reported it.') },
      { id: 'new-2', name: 'Marine Le Pen', kind: 'person', stateAffiliated: false },
    ]);
  });

  it('copies the matched source-book entry (its URL and notes) under a new id', () => {
    const book = [SourceSchema.parse({ id: 'book-reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/', notes: 'Wire contract 2024' })];
    const [added] = sourcesFromProposals([], [proposal('Reuters', { kind: 'wire-agency', sourceBookId: 'book-reuters' })], book, ids());
    expect(added).toMatchObject({ id: 'new-1', name: 'Reuters', url: 'https://www.reuters.com/', notes: 'Wire contract 2024' });
  });

  it('adds nothing for a source the draft already holds, or for the same proposal twice', () => {
    const existing = [SourceSchema.parse({ id: 'held', name: 'Marine Le Pen', kind: 'person' })];
    const added = sourcesFromProposals(existing, [proposal('Le Pen', { kind: 'person' }), proposal('BBC'), proposal('BBC')], [], ids());
    expect(added.map((source) => source.name)).toEqual(['BBC']);
  });
});
