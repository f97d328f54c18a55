import { describe, expect, it } from 'vitest';
import type { DetectedAttribution } from '../../../shared/attribution/types';
import { proposeSources } from '../../../shared/import/sources/propose-sources';
import { proposalToSource } from '../../../shared/import/sources/proposed-source';
import type { Source } from '../../../shared/model/source';
import { kindOfName } from '../../../shared/import/sources/name-kind';

const TEXT = 'Marine Le Pen said on Wednesday that she would stay. The minister spoke, the BBC notes.\n\nLe Pen added that she wanted talks, she said.';

/** A stand-in for the detector: finds each named source the test lists. */
function detectorFor(names: string[]): (text: string) => DetectedAttribution[] {
  return (text) =>
    names.map((name) => {
      const start = text.indexOf(name);
      return { cue: null, source: { start, end: start + name.length }, content: null, type: 'indirect', sourceName: name };
    });
}

const context = { stateAffiliatedOutlets: [] as string[], sourceBook: [] as Source[] };

describe('source proposals', () => {
  it('proposes people the detector names and merges short references into the full name', () => {
    const proposals = proposeSources({ bodyText: TEXT, credit: '' }, { ...context, detect: detectorFor(['Marine Le Pen', 'Le Pen', 'she']) });
    expect(proposals.map((proposal) => [proposal.name, proposal.kind, proposal.mentions])).toEqual([
      ['Marine Le Pen', 'person', 2],
      ['BBC', 'outlet', 1],
    ]);
  });

  it('marks outlets on the newsroom state-media list as state-affiliated', () => {
    const proposals = proposeSources(
      { bodyText: 'According to Prensa Latina, the talks failed.', credit: '' },
      { ...context, stateAffiliatedOutlets: ['Prensa Latina'], detect: () => [] },
    );
    expect(proposals).toEqual([expect.objectContaining({ name: 'Prensa Latina', stateAffiliated: true, reason: 'outlet-citation' })]);
  });

  it('proposes the credited outlet with the publication date', () => {
    const proposals = proposeSources({ bodyText: 'Nothing cited here.', credit: 'Capital', publicationDate: '2022-04-13' }, { ...context, detect: () => [] });
    expect(proposals).toEqual([expect.objectContaining({ name: 'Capital', reason: 'credit', datePublished: '2022-04-13', known: true })]);
  });

  it('reuses a source-book entry instead of proposing a duplicate', () => {
    const entry: Source = {
      id: 'le-pen',
      name: 'Marine Le Pen',
      kind: 'person',
      role: 'leader of the National Rally',
      url: '',
      datePublished: '',
      dateAccessed: '',
      stateAffiliated: false,
      anonymityReason: '',
      notes: '',
      ownText: '',
    };
    const [proposal] = proposeSources({ bodyText: TEXT, credit: '' }, { ...context, sourceBook: [entry], detect: detectorFor(['Le Pen']) });
    expect(proposal).toMatchObject({ name: 'Marine Le Pen', role: 'leader of the National Rally', sourceBookId: 'le-pen', known: true });
  });

  it('still proposes cited outlets when the detector fails, with a warning', () => {
    const warnings: string[] = [];
    const proposals = proposeSources(
      { bodyText: TEXT, credit: '' },
      {
        ...context,
        detect: () => {
          throw new Error('model missing');
        },
      },
      warnings,
    );
    expect(proposals.map((proposal) => proposal.name)).toEqual(['BBC']);
    expect(warnings).toEqual([expect.stringContaining('model missing')]);
  });

  it('proposes no kinds of speakers, nationalities or countries, only the named people and bodies around them', () => {
    const text = [
      'Negotiators said the talks had stalled. Greek officials said shippers were worried.',
      'Russia said it would not extend the deal. The Greek said nothing.',
      'The Kremlin said the ships were searched. Maria Kostopoulou said costs had doubled.',
    ].join('\n\n');
    const proposals = proposeSources(
      { bodyText: text, credit: '' },
      { ...context, detect: detectorFor(['Negotiators', 'Greek officials', 'Russia', 'The Greek', 'The Kremlin', 'Maria Kostopoulou']) },
    );
    expect(proposals.map((proposal) => [proposal.name, proposal.kind])).toEqual([
      ['Kremlin', 'organisation'],
      ['Maria Kostopoulou', 'person'],
    ]);
  });

  it('proposes a ministry named by nationality as an organisation', () => {
    const text = 'The Russian foreign ministry said sanctions were to blame.';
    const proposals = proposeSources({ bodyText: text, credit: '' }, { ...context, detect: detectorFor(['Russian foreign ministry']) });
    expect(proposals).toEqual([expect.objectContaining({ name: 'Russian Foreign Ministry', kind: 'organisation', reason: 'attribution' })]);
  });

  it('turns an accepted proposal into a valid draft source', () => {
    const [proposal] = proposeSources({ bodyText: TEXT, credit: '' }, { ...context, detect: () => [] });
    expect(proposalToSource(proposal!, 'src-1')).toMatchObject({ id: 'src-1', name: 'BBC', kind: 'outlet', role: 'the British public broadcaster' });
  });
});

describe('the kind of a named source', () => {
  it('tells people from bodies and states', () => {
    expect(kindOfName('Marine Le Pen')).toBe('person');
    expect(kindOfName('Russia')).toBe('organisation');
    expect(kindOfName('the Kremlin')).toBe('organisation');
    expect(kindOfName('NATO')).toBe('organisation');
    expect(kindOfName('Interior Ministry')).toBe('organisation');
    expect(kindOfName('United Nations')).toBe('organisation');
    expect(kindOfName('E.U.')).toBe('organisation');
  });
});
