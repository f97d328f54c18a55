import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';
import { overlaps } from '../text/spans';
import { matchCase, matchesIn, type Rule } from './rule';

/** Loaded attribution verbs and what to write instead. */
const LOADED: Record<string, string> = {
  claimed: 'said', claims: 'says', admitted: 'said', admits: 'says', insisted: 'said', insists: 'says',
  conceded: 'said', concedes: 'says', boasted: 'said', boasts: 'says', quipped: 'said', quips: 'says',
  revealed: 'said', reveals: 'says', confessed: 'said', confesses: 'says',
};
/** Things people do with their faces, not their voices. */
const NON_SPEECH = new Set(['smiled', 'laughed', 'grinned', 'chuckled', 'sighed', 'shrugged', 'snorted', 'scoffed', 'beamed', 'frowned']);

const VERB = new RegExp(`\\b(?:${[...Object.keys(LOADED), ...NON_SPEECH].join('|')})\\b`, 'giu');
const QUOTE_CLOSE_BEFORE = /[”"»’],?\s+(?:(?:the\s+)?[\p{L}’'-]+\s+){0,3}$/u;
const INTRODUCES_WORDS = /^(?:\s+that\b|[,:]?\s*[“"«„])/u;
const SUBJECT_BEFORE = /(?:\b(?:he|she|they|it|we|I)|\p{Lu}[\p{L}’'-]+|\b(?:the|a|an|The|A|An)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * V-NEUTRAL: "claimed", "admitted", "insisted" colour what a source said;
 * "smiled" is not a way of speaking. "Said" is neutral. Only verbs used as
 * attribution are flagged ("admitted to hospital" is not).
 */
export const checkNeutralVerbs: Rule = (context) =>
  context.sentences.flatMap((sentence) =>
    matchesIn(context.maskedText, sentence, VERB).flatMap(({ range, match }): RuleFinding[] => {
      if (!usedAsAttribution(context, range, sentence)) return [];
      const verb = match[0];
      const neutral = matchCase(verb, LOADED[verb.toLowerCase()] ?? 'said');
      const why = NON_SPEECH.has(verb.toLowerCase())
        ? `“${verb}” is not a way of speaking`
        : `“${verb}” suggests a judgement on what was said`;
      return [
        {
          ruleId: 'V-NEUTRAL',
          range,
          message: `${why}. Use the neutral “${neutral}”.`,
          fix: { kind: 'replace-text', label: `Write “${neutral}”`, range, replacement: neutral },
        },
      ];
    }),
  );

function usedAsAttribution(context: RuleContext, range: Span, sentence: Span): boolean {
  if (context.detected.some((attribution) => attribution.cue && overlaps(attribution.cue, range))) return true;
  const before = context.text.slice(sentence.start, range.start);
  const after = context.text.slice(range.end, sentence.end);
  return QUOTE_CLOSE_BEFORE.test(before) || (SUBJECT_BEFORE.test(before) && INTRODUCES_WORDS.test(after));
}
