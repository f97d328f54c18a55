import { describe, expect, it } from 'vitest';
import { repeatedHeadlineRule } from '../../../../shared/import/rules/repeated-headline';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('repeated-headline rule', () => {
  it('removes every copy of the headline above the body, spelled with other dashes or quotes', () => {
    const state = { ...stateOf(lines('Le Pen wants closer ties - It wants to stay', 'Le Pen wants closer ties – It wants to stay', BODY)), meta: { headline: 'Le Pen wants closer ties – It wants to stay' } };
    const outcome = repeatedHeadlineRule.apply(state);
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed.map((line) => line.ruleId)).toEqual(['repeated-headline', 'repeated-headline']);
  });

  it('removes a copy cut short with an ellipsis', () => {
    const state = { ...stateOf(lines('Le Pen wants closer ties between…', BODY)), meta: { headline: 'Le Pen wants closer ties between NATO and Russia' } };
    expect(texts(repeatedHeadlineRule.apply(state).state)).toEqual([BODY]);
  });

  it('keeps a body paragraph that quotes the headline', () => {
    const state = { ...stateOf(lines(BODY, 'Budget talks collapse')), meta: { headline: 'Budget talks collapse' } };
    expect(repeatedHeadlineRule.apply(state).removed).toEqual([]);
  });
});
