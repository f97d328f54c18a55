import { describe, expect, it } from 'vitest';
import { detected, findingsOf, flagged, makeSource } from '../helpers';

describe('N-FIRSTREF', () => {
  it('flags a surname used before the full name is introduced', () => {
    const text = 'Le Pen said she would stay in the EU.\n\nFrance’s far-right presidential candidate, Marine Le Pen, said she would propose closer ties with Russia.';
    const attribution = detected(text, { cue: 'said', source: 'Le Pen', content: 'she would stay in the EU', type: 'indirect' });
    const findings = findingsOf('N-FIRSTREF', text, { detected: [attribution] });
    expect(flagged(text, findings)).toEqual(['Le Pen']);
    expect(findings[0]!.fix).toMatchObject({ kind: 'replace-text', replacement: 'Marine Le Pen' });
  });

  it('accepts full name and role at first reference, surname after', () => {
    const text = 'France’s far-right presidential candidate, Marine Le Pen, said on Wednesday she would propose closer ties.\n\nLe Pen also said she did not want France to leave the European Union.';
    expect(findingsOf('N-FIRSTREF', text)).toEqual([]);
  });

  it('flags a full name with no role and offers the role from the source record', () => {
    const text = 'Anna Berg said the tax would rise. Berg added that pensions were safe.';
    const berg = makeSource({ id: 'anna-berg', name: 'Anna Berg', kind: 'person', role: 'the finance minister' });
    const findings = findingsOf('N-FIRSTREF', text, { sources: [berg] });
    expect(flagged(text, findings)).toEqual(['Anna Berg']);
    expect(findings[0]!.fix).toEqual({ kind: 'insert-text', label: 'Add “the finance minister”', at: 9, text: ', the finance minister,' });
  });

  it('accepts a title before the name as its role', () => {
    const text = 'Finance Minister Anna Berg said the tax would rise. Berg added that pensions were safe.';
    const berg = makeSource({ id: 'anna-berg', name: 'Anna Berg', kind: 'person', role: 'finance minister' });
    expect(findingsOf('N-FIRSTREF', text, { sources: [berg] })).toEqual([]);
  });

  it('ignores surnames in headlines', () => {
    const text = 'Le Pen wants closer ties between NATO and Russia\n\nFrance’s far-right presidential candidate, Marine Le Pen, said she would propose closer ties.';
    expect(findingsOf('N-FIRSTREF', text)).toEqual([]);
  });

  it('takes only proper names for people: "A source" and "Smith, the mayor" as the detector may give them', () => {
    const text = 'A source said the mayor knew. Jane Smith, the mayor, denied it. Smith, the mayor said, would not resign.';
    const anonymous = detected(text, { cue: 'said', source: 'A source', type: 'indirect' });
    const withRole = { ...detected(text, { cue: 'denied', source: 'Jane Smith, the mayor', type: 'indirect' }), sourceName: 'Smith, the mayor' };
    expect(findingsOf('N-FIRSTREF', text, { detected: [anonymous, withRole] })).toEqual([]);
  });
});
