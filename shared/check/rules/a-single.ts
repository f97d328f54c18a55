import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';
import { sameReferent } from '../text/names';
import { overlaps } from '../text/spans';
import { excerpt, matchesIn, type Rule } from './rule';

/** Words that make a claim contentious: accusations of wrongdoing, violence, disgrace. */
const CONTENTIOUS = /\b(?:accus(?:e|ed|es|ing|ation|ations)|alleg(?:e|ed|es|ing|ation|ations)|corrupt(?:ion|ed)?|fraud(?:ulent)?|brib(?:e|es|ed|ery)|embezzl(?:e|ed|ement)|launder(?:ed|ing)|abus(?:e|ed|ive)|harass(?:ed|ment)|assault(?:ed)?|rap(?:e|ed|ist)|murder(?:ed|s)?|tortur(?:e|ed)|war crimes?|cover(?:ed)?[- ]up|misconduct|illegal(?:ly)?|unlawful(?:ly)?|lied|crim(?:e|es|inal)|misled|misleading|conspir(?:acy|ed)|sacked|fired over|forced out)\b/giu;

/**
 * A-SINGLE: a contentious claim that rests on a single source deserves a
 * second, independent one, or at least the accused side's response.
 */
export const checkSingleSourceClaim: Rule = (context) =>
  context.sentences.flatMap((sentence): RuleFinding[] => {
    // A headline's claim is the body's claim: judge it where its sources are.
    if (!context.inProse(sentence.start)) return [];
    const words = matchesIn(context.text, sentence, CONTENTIOUS);
    if (words.length === 0) return [];
    const origins = originsOf(context, sentence);
    if (origins.length !== 1) return [];
    const range = words[0]!.range;
    return [
      {
        ruleId: 'A-SINGLE',
        range,
        message: `“${excerpt(context.text, range)}” makes a contentious claim that rests on one source, ${origins[0]}. Seek a second, independent source or the response of those accused.`,
      },
    ];
  });

/** Who a sentence rests on: its linked sources, detected speakers and cited outlets, each counted once. */
function originsOf(context: RuleContext, sentence: Span): string[] {
  const names = [
    ...context.linked
      .filter((link) => overlaps(link.range, sentence))
      .flatMap((link) => link.sourceIds.map((id) => context.sources.find((source) => source.id === id)?.name ?? id)),
    ...context.detected
      .filter((attribution) => attribution.sourceName && [attribution.source, attribution.content, attribution.cue].some((span) => span && overlaps(span, sentence)))
      .map((attribution) => attribution.sourceName!),
    ...context.outletCitations.filter((citation) => citation.sentence.start === sentence.start).map((citation) => citation.outlet.name),
  ];
  const distinct: string[] = [];
  for (const name of names) if (!distinct.some((known) => sameReferent(known, name))) distinct.push(name);
  return distinct;
}
