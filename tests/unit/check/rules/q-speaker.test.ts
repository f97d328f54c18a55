import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, detected } from '../helpers';

describe('Q-SPEAKER', () => {
  it('flags a long quote with no named speaker as an error', () => {
    const text = 'The summit ended late. “We will not accept any deal that abandons our allies,” the statement read.';
    const findings = findingsOf('Q-SPEAKER', text);
    expect(flagged(text, findings)).toEqual(['“We will not accept any deal that abandons our allies,”']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('We will not accept any deal');
  });

  it('accepts a quote whose speaker is named with a speech verb in the same sentence', () => {
    const text = '“We will not accept any deal that abandons our allies,” Chancellor Olaf Scholz said on Monday.';
    expect(findingsOf('Q-SPEAKER', text)).toEqual([]);
  });

  it('accepts a speaker named in the adjacent sentence, and a pronoun pointing back to a name', () => {
    const text = 'Marine Le Pen spoke in Paris. She said: “France will not submit to an American protectorate.”';
    expect(findingsOf('Q-SPEAKER', text)).toEqual([]);
  });

  it('does not accept a speaker two sentences away', () => {
    const text = 'Marine Le Pen spoke in Paris. The hall was full. The lights went down. “France will not submit to an American protectorate.”';
    expect(flagged(text, findingsOf('Q-SPEAKER', text))).toEqual(['“France will not submit to an American protectorate.”']);
  });

  it('asks for a name when the quote is attributed only to a role', () => {
    const text = '“The talks have collapsed and nobody knows what comes next,” the spokesman said.';
    const [finding] = findingsOf('Q-SPEAKER', text);
    expect(finding?.message).toContain('only to a role');
  });

  it('reports short quoted phrases (likely scare quotes) at info level only', () => {
    const text = 'The minister described the plan as “ambitious” in a letter to the committee.';
    const findings = findingsOf('Q-SPEAKER', text);
    expect(flagged(text, findings)).toEqual(['“ambitious”']);
    expect(findings[0]!.severity).toBe('info');
  });

  it('trusts the detector when it names the speaker', () => {
    const text = 'The chairman rose. “Nobody in this room believed the figures we were given,” he told the board.';
    const attribution = detected(text, { cue: 'told', source: 'he', content: 'Nobody in this room believed the figures we were given', type: 'direct', sourceName: 'Jan Novak' });
    expect(findingsOf('Q-SPEAKER', text, { detected: [attribution] })).toEqual([]);
  });

  it('does not flag the continuation paragraph of a quote spanning paragraphs', () => {
    const text = 'Jane Smith said: “We were told the money had gone to schools and hospitals.\n\n“None of it did, and everyone in the ministry knew it,” she added.';
    expect(findingsOf('Q-SPEAKER', text)).toEqual([]);
  });

  it('counts a detected pronoun phrase ("she herself") as pointing to a named speaker', () => {
    const text = 'She herself reportedly said no, stating that “France will not submit to an American protectorate”.';
    const attribution = { ...detected(text, { cue: 'stating', source: 'She herself', content: 'France will not submit to an American protectorate', type: 'second-hand' }), sourceName: null };
    expect(findingsOf('Q-SPEAKER', text, { detected: [attribution] })).toEqual([]);
  });
});
