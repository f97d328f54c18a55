import { splitSentences } from '../text/sentences';
import { excerpt, type Rule } from './rule';

/**
 * Q-EARLY: in a quote of several sentences the reader must learn who is
 * speaking after the first sentence, not at the end of the whole quote.
 */
export const checkQuoteSpeakerEarly: Rule = (context) =>
  context.quotations.flatMap((quotation) => {
    const { cue, speaker } = quotation.attribution;
    if (!cue || cue.start < quotation.range.start) return [];
    const sentences = splitSentences(context.text, quotation.inner);
    if (sentences.length < 2) return [];
    const first = sentences[0]!;
    const who = speaker ?? 'the speaker';
    return [
      {
        ruleId: 'Q-EARLY',
        range: quotation.range,
        message: `The quote “${excerpt(context.text, first, 50)}” runs ${sentences.length} sentences before saying who is speaking. Name ${who} after the first sentence: “${excerpt(context.text, first, 50).replace(/[.!]$/, ',')}” ${who} said. “…”`,
      },
    ];
  });
