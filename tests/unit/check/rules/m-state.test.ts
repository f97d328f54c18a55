import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, makeSource } from '../helpers';

describe('M-STATE', () => {
  it('asks for a state-media description on first reference, with the insertion as fix', () => {
    const text = 'Le Pen pledged, according to the BBC and Ria Novosti, that she would leave the Joint Command.';
    const findings = findingsOf('M-STATE', text);
    expect(flagged(text, findings)).toEqual(['Ria Novosti']);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.fix).toEqual({
      kind: 'insert-text',
      label: 'Describe RIA Novosti as the Russian state news agency',
      at: text.indexOf('Ria Novosti') + 'Ria Novosti'.length,
      text: ', the Russian state news agency',
    });
  });

  it('accepts a first reference that describes the outlet', () => {
    const text = 'The Russian state news agency TASS covered the summit. TASS later corrected its coverage.';
    expect(findingsOf('M-STATE', text)).toEqual([]);
  });

  it('flags a sentence that rests only on state media', () => {
    const text = 'RIA Novosti, the Russian state news agency, covered the summit.\n\nAccording to RIA Novosti, the troops withdrew.';
    const findings = findingsOf('M-STATE', text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('rests only on RIA Novosti');
  });

  it('does not flag a claim that also rests on an independent outlet', () => {
    const text = 'Xinhua, China’s state news agency, covered the summit. The troops withdrew, according to Xinhua and Reuters.';
    expect(findingsOf('M-STATE', text)).toEqual([]);
  });

  it('follows the newsroom list: an outlet removed from it is not flagged, one added is', () => {
    const text = 'According to TASS, the troops withdrew. According to Kathimerini, the ferry was late.';
    const settings = { stateAffiliatedOutlets: ['Kathimerini'] };
    expect(flagged(text, findingsOf('M-STATE', text, { settings }))).toEqual(['Kathimerini', 'Kathimerini']);
  });

  it('treats a registered source marked state-affiliated as state media', () => {
    const text = 'According to Rossiya 1, the troops withdrew.';
    const rossiya = makeSource({ id: 'rossiya-1', name: 'Rossiya 1', kind: 'outlet', role: 'the Russian state television channel', stateAffiliated: true, url: 'https://example.org/r1' });
    const [finding] = findingsOf('M-STATE', text, { sources: [rossiya] });
    expect(finding?.fix).toMatchObject({ kind: 'insert-text', text: ', the Russian state television channel' });
  });
});
