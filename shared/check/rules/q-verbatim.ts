import type { Source } from '../../model/source';
import { sameReferent } from '../text/names';
import { overlaps } from '../text/spans';
import { verifyQuotation } from '../text/verbatim';
import type { ContextQuotation, RuleContext } from '../rule-context';
import { excerpt, type Rule } from './rule';

/**
 * Q-VERBATIM: a quote attributed to a source whose own text is stored must
 * match that text, allowing "…" for cuts and [brackets] for insertions.
 * Quotes are sacred: a mismatch is an error, however small.
 */
export const checkQuoteVerbatim: Rule = (context) => {
  // Only sources with their own text stored can be checked against; usually there are none.
  const withText = context.sources.filter((source) => source.ownText.trim() !== '');
  if (withText.length === 0) return [];
  return context.quotations.flatMap((quotation) =>
    sourcesWithTextFor(context, withText, quotation).flatMap((source) => {
      const result = verifyQuotation(context.text.slice(quotation.inner.start, quotation.inner.end), source.ownText);
      if (result.matches) return [];
      return [
        {
          ruleId: 'Q-VERBATIM' as const,
          range: quotation.range,
          sourceId: source.id,
          message: `The quote “${excerpt(context.text, quotation.inner, 50)}” does not match ${source.name}'s stored words: it departs from them around “${result.firstDifferingWords}”. Quote the words exactly, marking cuts with … and your own insertions with [brackets].`,
        },
      ];
    }),
  );
};

/** The sources the quotation is attributed to, by a link in the document or by the speaker's name, that have their own text stored. */
function sourcesWithTextFor(context: RuleContext, withText: readonly Source[], quotation: ContextQuotation): Source[] {
  const linkedIds = new Set(
    context.linked.filter((passage) => overlaps(passage.range, quotation.inner)).flatMap((passage) => passage.sourceIds),
  );
  const speaker = quotation.attribution.speaker;
  return withText.filter(
    (source) => linkedIds.has(source.id) || (linkedIds.size === 0 && speaker !== null && sameReferent(source.name, speaker)),
  );
}
