import type { RuleFinding } from '../finding';
import type { OutletCitation } from '../outlets/outlet-citations';
import type { RuleContext } from '../rule-context';
import { excerpt, possessive, type Rule } from './rule';

const CONFIRMATION = /independently (?:confirm|verif)|could not (?:immediately )?(?:be )?(?:confirm|verif)|(?:has|have|had) not been (?:independently )?(?:confirm|verif)|unable to (?:confirm|verif)|unconfirmed|\bconfirmed (?:by|to|the)\b|\bverified\b/i;

/**
 * S-UNCONFIRMED: a claim that rests only on another outlet's report should
 * say whether the newsroom confirmed it independently. Reported once per
 * sentence, naming every outlet it rests on.
 */
export const checkUnconfirmedReport: Rule = (context) => {
  const bySentence = new Map<number, OutletCitation[]>();
  for (const citation of context.outletCitations) {
    bySentence.set(citation.sentence.start, [...(bySentence.get(citation.sentence.start) ?? []), citation]);
  }
  return [...bySentence.values()].flatMap((citations): RuleFinding[] => {
    const sentence = citations[0]!.sentence;
    if (mentionsConfirmation(context, context.sentenceAt(sentence.start).paragraphIndex)) return [];
    const outlets = [...new Set(citations.map((citation) => citation.outlet.name))];
    const names = outlets.join(' and ');
    return [
      {
        ruleId: 'S-UNCONFIRMED',
        range: sentence,
        message: `“${excerpt(context.text, sentence, 60)}” rests only on ${possessive(names)} reporting. Say whether we confirmed it independently (for example “The report could not be independently verified.”).`,
      },
    ];
  });
};

function mentionsConfirmation(context: RuleContext, paragraphIndex: number): boolean {
  const paragraph = context.paragraphs[paragraphIndex];
  return paragraph !== undefined && CONFIRMATION.test(context.text.slice(paragraph.start, paragraph.end));
}
