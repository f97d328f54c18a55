import type { RuleFinding } from '../finding';
import type { ContextQuotation, RuleContext } from '../rule-context';
import { excerpt, type Rule } from './rule';

/**
 * Q-SPEAKER: a direct quote needs a named speaker and a speech verb in the
 * same or an adjacent sentence. Short quoted spans are likely scare quotes,
 * so they are reported at info level at most.
 */
export const checkQuoteSpeaker: Rule = (context) =>
  context.quotations.flatMap((quotation, index): RuleFinding[] => {
    const { kind } = quotation.attribution;
    if (kind === 'name' || kind === 'pronoun') return [];
    if (continuesPreviousQuotation(context, quotation, context.quotations[index - 1])) return [];
    const words = excerpt(context.text, quotation.inner);
    const short = quotation.wordCount < context.settings.minQuoteWords;
    if (short) {
      return [
        {
          ruleId: 'Q-SPEAKER',
          severityCap: 'info',
          range: quotation.range,
          message: `“${words}” is in quotation marks but no one is named as saying it. If these are someone's words, name the speaker; if they are scare quotes, consider dropping the marks.`,
        },
      ];
    }
    const message =
      kind === 'role'
        ? `The quote “${words}” is attributed only to a role, not a named person. Name the speaker (“…,” Jane Smith, the ministry's spokeswoman, said).`
        : `The quote “${words}” has no named speaker in this or the adjacent sentence. Say who said it with a speech verb (“…,” Jane Smith said).`;
    return [{ ruleId: 'Q-SPEAKER', range: quotation.range, message }];
  });

/**
 * A quote that runs over several paragraphs opens each with a quotation mark
 * and closes only the last: its speaker was named in the first paragraph.
 */
function continuesPreviousQuotation(context: RuleContext, quotation: ContextQuotation, previous: ContextQuotation | undefined): boolean {
  if (!previous || !previous.unclosed || previous.paragraphIndex !== quotation.paragraphIndex - 1) return false;
  const paragraph = context.paragraphs[quotation.paragraphIndex];
  return paragraph !== undefined && quotation.range.start === paragraph.start && previous.attribution.kind !== 'none';
}
