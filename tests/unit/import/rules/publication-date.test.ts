import { describe, expect, it } from 'vitest';
import { publicationDateRule } from '../../../../shared/import/rules/publication-date';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('publication-date rule', () => {
  it('takes date lines out above the body and keeps the first date', () => {
    const outcome = publicationDateRule.apply(stateOf(lines('Budget talks collapse', 'April 13, 2022', 'Updated: 14.04.2022 10:35', BODY)));
    expect(outcome.state.meta.publicationDate).toBe('2022-04-13');
    expect(texts(outcome.state)).toEqual(['Budget talks collapse', BODY]);
    expect(outcome.removed.map((line) => line.movedTo)).toEqual(['publication-date', 'publication-date']);
  });

  it('prefers the page metadata date', () => {
    const outcome = publicationDateRule.apply(stateOf(lines('13 April 2022', BODY), { publishedTime: '2022-04-12T08:00:00Z' }));
    expect(outcome.state.meta.publicationDate).toBe('2022-04-12');
  });

  it('keeps a body paragraph that is about a date', () => {
    const outcome = publicationDateRule.apply(stateOf(lines(BODY, 'April 13, 2022')));
    expect(outcome.removed).toEqual([]);
    expect(outcome.state.meta.publicationDate).toBeUndefined();
  });
});
