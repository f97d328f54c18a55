import { describe, expect, it } from 'vitest';
import { breadcrumbRule } from '../../../../shared/import/rules/breadcrumb';
import { BODY, lines, stateOf, texts } from '../helpers';

const HEADLINE = 'Le Pen wants closer ties between NATO and Russia – It wants to stay in the EU';

describe('breadcrumb rule', () => {
  it('removes a breadcrumb flattened to text that ends in the truncated headline', () => {
    const outcome = breadcrumbRule.apply(stateOf(lines('Home World Le Pen wants closer ties between NATO and Russia – It wants...', HEADLINE, BODY)));
    expect(texts(outcome.state)).toEqual([HEADLINE, BODY]);
    expect(outcome.removed).toEqual([
      { ruleId: 'breadcrumb', reason: 'navigation breadcrumb', text: 'Home World Le Pen wants closer ties between NATO and Russia – It wants...', origin: 0 },
    ]);
  });

  it.each(['Home › World', 'Home > News > Europe', 'Home / Politics', 'You are here: Home » World', 'News › World › Europe'])(
    'removes the separated trail "%s"',
    (trail) => {
      const outcome = breadcrumbRule.apply(stateOf(lines(trail, HEADLINE, BODY)));
      expect(texts(outcome.state)).toEqual([HEADLINE, BODY]);
      expect(outcome.removed).toHaveLength(1);
    },
  );

  it('keeps a line that starts with "Home" but is not a trail', () => {
    const outcome = breadcrumbRule.apply(stateOf(lines('Home Secretary resigns over leak', BODY)));
    expect(texts(outcome.state)).toEqual(['Home Secretary resigns over leak', BODY]);
    expect(outcome.removed).toEqual([]);
  });

  it('never touches the body, even a body line that looks like a trail', () => {
    const outcome = breadcrumbRule.apply(stateOf(lines(HEADLINE, BODY, 'Home › World')));
    expect(outcome.removed).toEqual([]);
  });
});
