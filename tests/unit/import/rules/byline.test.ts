import { describe, expect, it } from 'vitest';
import { bylineRule, parseBylineLine } from '../../../../shared/import/rules/byline';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('byline rule', () => {
  it('moves "By …" into the byline', () => {
    const outcome = bylineRule.apply(stateOf(lines('Budget talks collapse', 'By Jane Doe and John Smith', BODY)));
    expect(outcome.state.meta.byline).toBe('Jane Doe and John Smith');
    expect(texts(outcome.state)).toEqual(['Budget talks collapse', BODY]);
    expect(outcome.removed[0]).toMatchObject({ ruleId: 'byline', movedTo: 'byline', text: 'By Jane Doe and John Smith' });
  });

  it('keeps a date on the byline line as the publication date', () => {
    const outcome = bylineRule.apply(stateOf(lines('By Jane Doe, April 13, 2022', BODY)));
    expect(outcome.state.meta).toEqual({ byline: 'Jane Doe', publicationDate: '2022-04-13' });
  });

  it('splits the name from a role or outlet', () => {
    expect(parseBylineLine('By Maria Papadopoulou | Reuters')).toEqual({ names: 'Maria Papadopoulou', rest: 'Reuters' });
    expect(parseBylineLine('Written by Ana Ruiz - Madrid')).toEqual({ names: 'Ana Ruiz', rest: 'Madrid' });
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(parseBylineLine('by the end of the year, prices had doubled')).toBeUndefined();
    const outcome = bylineRule.apply(stateOf(lines(BODY, 'By Jane Doe')));
    expect(outcome.removed).toEqual([]);
  });

  it('falls back to the byline the page metadata gave', () => {
    const outcome = bylineRule.apply(stateOf(BODY, { byline: 'By Jane Doe' }));
    expect(outcome.state.meta.byline).toBe('Jane Doe');
  });
});
