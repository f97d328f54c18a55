import { describe, expect, it } from 'vitest';
import { runCleanup } from '../../../shared/import/run-cleanup';
import { BODY, BODY_2, lines, stateOf, texts } from './helpers';

describe('the clean-up pipeline', () => {
  it('says where each removed line goes back among the final blocks', () => {
    const { state, removed } = runCleanup(stateOf(lines('Home › World', 'Budget talks collapse', BODY, 'Share on Facebook', BODY_2, 'Exit mobile version')));
    expect(texts(state)).toEqual([BODY, BODY_2]);
    expect(removed.map((line) => [line.ruleId, line.restoreAt])).toEqual([
      ['breadcrumb', 0],
      ['headline', 0],
      ['share-prompt', 1],
      ['mobile-version', 2],
    ]);
  });

  it('leaves a clean article as it is', () => {
    const { state, removed } = runCleanup(stateOf(lines(BODY, BODY_2)));
    expect(texts(state)).toEqual([BODY, BODY_2]);
    expect(removed).toEqual([]);
  });
});
