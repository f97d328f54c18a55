import type { RuleFinding } from '../finding';
import { overlaps } from '../text/spans';
import { matchesIn, matchCase, type Rule } from './rule';

/** Plural anonymous attributions and the singular each becomes; the verb after them agrees. */
const PLURAL = /\b(sources|insiders|people familiar with|officials familiar with)(?:\s+(say|said|believe|believed|claim|claimed|told|tell|confirm|confirmed|suggest|suggested|indicate|indicated))?\b/giu;
const SINGULAR: Record<string, string> = {
  sources: 'a source',
  insiders: 'an insider',
  'people familiar with': 'a person familiar with',
  'officials familiar with': 'an official familiar with',
};
const PRESENT_SINGULAR: Record<string, string> = {
  say: 'says', believe: 'believes', claim: 'claims', tell: 'tells', confirm: 'confirms', suggest: 'suggests', indicate: 'indicates',
};

/**
 * A-PLURAL: "sources said" when the passage is linked to only one source.
 * Never cite sources in the plural when there is only one.
 */
export const checkPluralSources: Rule = (context) =>
  context.sentences.flatMap((sentence) => {
    const found = matchesIn(context.maskedText, sentence, PLURAL);
    // Most sentences have no plural attribution: look for the words before the links.
    if (found.length === 0) return [];
    const sourceIds = new Set(context.linked.filter((link) => overlaps(link.range, sentence)).flatMap((link) => link.sourceIds));
    if (sourceIds.size !== 1) return [];
    return found.map(({ range, match }): RuleFinding => {
      const noun = match[1]!;
      const verb = match[2];
      const singular = matchCase(noun, SINGULAR[noun.toLowerCase()]!);
      const replacement = verb ? `${singular} ${PRESENT_SINGULAR[verb.toLowerCase()] ?? verb}` : singular;
      return {
        ruleId: 'A-PLURAL',
        range,
        message: `“${match[0]}” is in the plural, but this passage is linked to only one source. Write “${replacement}”.`,
        fix: { kind: 'replace-text', label: `Write “${replacement}”`, range, replacement },
      };
    });
  });
