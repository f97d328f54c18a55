import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';
import { overlaps } from '../text/spans';
import { excerpt, matchesIn, type Rule } from './rule';

/** Phrases that pass on words someone else carried, without saying who carried them. */
const SECOND_HAND = /\b(?:was|were|is|has been) quoted as saying\b|\btold (?:reporters|journalists|the press|the media)\b|\bsaid in an interview\b|\bsaid in (?:a |an )?(?:remarks|comments) (?:reported|carried|published)\b/giu;

/** What names the occasion: a news conference, a briefing, an interview with someone, a named place or medium. */
const OCCASION = /\b(?:at|during|after|before|following|outside|on the sidelines of|in|on|aboard)\s+(?:a|an|the|his|her|their|its|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:news conference|press conference|conference|briefing|rally|meeting|summit|hearing|debate|event|speech|session|visit|ceremony|forum|address|broadcast|programme|program|podcast|show|statement|post|video)\b|\b(?:interview|remarks|comments)\s+(?:with|to|on|published by|carried by)\s+(?:the\s+)?\p{Lu}|\bby\s+(?:the\s+)?\p{Lu}[\p{L}-]+/u;

/** A detected second-hand cue names a carrying act ("was cited as calling"); an agentless "it is noted" is S-VAGUE's. */
const PASSES_ON_WORDS = /\b(?:quot|cit|told|tell|said|say|interview|report|remark|comment|speak|spoke)/i;

/**
 * Q-SECONDHAND: "was quoted as saying", "told reporters", "said in an
 * interview" must say which outlet carried the words or on what occasion.
 */
export const checkSecondHandQuote: Rule = (context) => {
  const seen: Span[] = [];
  const findings: RuleFinding[] = [];
  const cues: Span[] = [
    ...context.sentences.flatMap((sentence) => matchesIn(context.maskedText, sentence, SECOND_HAND).map(({ range }) => range)),
    ...context.detected
      .filter((attribution) => attribution.type === 'second-hand' && attribution.cue)
      .map((attribution) => attribution.cue!)
      .filter((cue) => PASSES_ON_WORDS.test(context.text.slice(cue.start, cue.end))),
  ];
  for (const cue of cues.sort((a, b) => a.start - b.start)) {
    if (seen.some((span) => overlaps(span, cue))) continue;
    seen.push(cue);
    if (namesCarrier(context, cue)) continue;
    const phrase = excerpt(context.text, cue);
    findings.push({
      ruleId: 'Q-SECONDHAND',
      range: cue,
      message: `“${phrase}” does not say who carried these words or where. Name the outlet or the occasion (“told Reuters”, “at a news conference in Paris”, “in an interview with the BBC”).`,
    });
  }
  return findings;
};

function namesCarrier(context: RuleContext, cue: Span): boolean {
  const sentence = context.sentenceAt(cue.start);
  if (context.outletMentions.some((mention) => overlaps(mention.range, sentence))) return true;
  return OCCASION.test(context.maskedText.slice(sentence.start, sentence.end));
}
