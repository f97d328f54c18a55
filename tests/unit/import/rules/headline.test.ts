import { describe, expect, it } from 'vitest';
import { headlineRule } from '../../../../shared/import/rules/headline';
import { BODY, lines, stateOf, texts } from '../helpers';

describe('headline rule', () => {
  it('moves the first short line above the body into the headline', () => {
    const outcome = headlineRule.apply(stateOf(lines('Budget talks collapse', BODY)));
    expect(outcome.state.meta.headline).toBe('Budget talks collapse');
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed).toEqual([{ ruleId: 'headline', reason: 'headline', text: 'Budget talks collapse', origin: 0, movedTo: 'headline' }]);
  });

  it('prefers the page title the reader found, without the site name', () => {
    const state = stateOf(lines('Opinion', 'Budget talks collapse', BODY), { title: 'Budget talks collapse | Daily Planet', siteName: 'Daily Planet' });
    const outcome = headlineRule.apply(state);
    expect(outcome.state.meta.headline).toBe('Budget talks collapse');
    expect(texts(outcome.state)).toEqual(['Opinion', BODY]);
  });

  it('uses the page title even when the body does not repeat it', () => {
    const outcome = headlineRule.apply(stateOf(BODY, { title: 'Budget talks collapse' }));
    expect(outcome.state.meta.headline).toBe('Budget talks collapse');
    expect(outcome.removed).toEqual([]);
  });

  it('finds nothing when the text starts with the body', () => {
    const outcome = headlineRule.apply(stateOf(BODY));
    expect(outcome.state.meta.headline).toBeUndefined();
    expect(texts(outcome.state)).toEqual([BODY]);
  });
});
