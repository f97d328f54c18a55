import { sameReferent } from '../text/names';
import type { ContextQuotation } from '../rule-context';
import { excerpt, type Rule } from './rule';

/**
 * Q-ONESPEAKER: one paragraph does not hold direct quotes from two different
 * speakers, or readers take the second quote for the first speaker's words.
 */
export const checkOneSpeakerPerParagraph: Rule = (context) => {
  const byParagraph = new Map<number, ContextQuotation[]>();
  for (const quotation of context.quotations) {
    if (quotation.attribution.kind !== 'name' || quotation.wordCount < context.settings.minQuoteWords) continue;
    byParagraph.set(quotation.paragraphIndex, [...(byParagraph.get(quotation.paragraphIndex) ?? []), quotation]);
  }
  return [...byParagraph.values()].flatMap((quotations) => {
    const firstSpeaker = quotations[0]!.attribution.speaker!;
    const other = quotations.find((quotation) => !sameReferent(quotation.attribution.speaker!, firstSpeaker));
    if (!other) return [];
    return [
      {
        ruleId: 'Q-ONESPEAKER' as const,
        range: other.range,
        message: `This paragraph quotes both ${firstSpeaker} and ${other.attribution.speaker}. Start a new paragraph for ${other.attribution.speaker}'s words “${excerpt(context.text, other.inner, 40)}”.`,
      },
    ];
  });
};
