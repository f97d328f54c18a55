import { describe, expect, it } from 'vitest';
import { standfirstRule } from '../../../../shared/import/rules/standfirst';
import { BODY, paragraphWith, stateOf, texts } from '../helpers';

const SUMMARY = 'The far-right candidate also said France would stay in the European Union';

describe('standfirst rule', () => {
  it('moves an emphasised paragraph right under the headline into the standfirst', () => {
    const state = stateOf(BODY);
    const outcome = standfirstRule.apply({ ...state, blocks: [paragraphWith(SUMMARY, ['italic'], 1), ...state.blocks] });
    expect(outcome.state.meta.standfirst).toBe(SUMMARY);
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed[0]).toMatchObject({ ruleId: 'standfirst', movedTo: 'standfirst' });
  });

  it('takes the block matching the page description', () => {
    const state = stateOf(`${SUMMARY}\n\n${BODY}`, { excerpt: SUMMARY });
    expect(standfirstRule.apply(state).state.meta.standfirst).toBe(SUMMARY);
  });

  it('never takes a plain first paragraph, even when it is the description', () => {
    expect(standfirstRule.apply(stateOf(BODY)).removed).toEqual([]);
    expect(standfirstRule.apply(stateOf(BODY, { excerpt: BODY })).removed).toEqual([]);
  });
});
