import type { RuleFinding } from '../finding';
import { sameReferent } from '../text/names';
import { type Rule } from './rule';

/**
 * SRC-UNUSED: a source in the list that no passage is attributed to: link it,
 * or remove it. The outlet the story is credited to is used by the credit.
 */
export const checkUnusedSources: Rule = (context) => {
  const used = new Set(context.linked.flatMap((passage) => passage.sourceIds));
  const credited = [context.meta.credit, context.creditLine?.credit ?? ''].filter((name) => name.trim() !== '');
  return context.sources
    .filter((source) => !used.has(source.id) && !credited.some((name) => sameReferent(name, source.name)))
    .map((source): RuleFinding => ({
      ruleId: 'SRC-UNUSED',
      range: null,
      sourceId: source.id,
      message: `${source.name} is in the source list but no passage is attributed to it. Link the passages that rest on it, or remove it.`,
    }));
};
