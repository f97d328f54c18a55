import { describe, expect, it } from 'vitest';
import type { ImportBlock } from '../../../../shared/import/blocks';
import { relatedArticlesRule } from '../../../../shared/import/rules/related-articles';
import { BODY, BODY_2, lines, stateOf, texts } from '../helpers';

describe('related-articles rule', () => {
  it('removes a related heading and the teaser titles under it', () => {
    const outcome = relatedArticlesRule.apply(
      stateOf(lines(BODY, 'Related articles', 'Macron calls snap election', 'Markets slide after vote', BODY_2)),
    );
    expect(texts(outcome.state)).toEqual([BODY, BODY_2]);
    expect(outcome.removed.map((line) => line.reason)).toEqual(['related-articles heading', 'related-articles list', 'related-articles list']);
  });

  it('removes a related list block and a one-line "Read more:" teaser', () => {
    const list: ImportBlock = {
      kind: 'list',
      ordered: false,
      items: [{ depth: 0, runs: [{ kind: 'link', url: 'https://example.com/a', runs: [{ kind: 'text', text: 'Story A', formats: [] }] }] }],
      origin: 3,
    };
    const state = stateOf(lines(BODY, 'Read more: Why the budget matters', 'You may also like'));
    const outcome = relatedArticlesRule.apply({ ...state, blocks: [...state.blocks, list] });
    expect(texts(outcome.state)).toEqual([BODY]);
    expect(outcome.removed.map((line) => line.text)).toEqual(['Read more: Why the budget matters', 'You may also like', 'Story A']);
  });

  it('stops at the next body paragraph', () => {
    const outcome = relatedArticlesRule.apply(stateOf(lines('Related', BODY, BODY_2)));
    expect(texts(outcome.state)).toEqual([BODY, BODY_2]);
  });
});
