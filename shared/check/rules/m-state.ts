import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import type { OutletMention } from '../outlets/outlet-mentions';
import type { RuleContext } from '../rule-context';
import { appositive, excerpt, possessive, type Rule } from './rule';

/** Words that tell the reader an outlet is controlled by a state. */
const STATE_DESCRIPTION = /\bstate(?:-|\s)(?:run|owned|controlled|backed|funded|affiliated|media|news|agency|broadcaster|television|tv|outlet|newspaper|daily|press)\b|\bgovernment-(?:run|controlled|owned|backed|funded)\b|\b(?:Kremlin|Beijing|Tehran|Moscow)-(?:backed|controlled|funded|run)\b|\bpropaganda\b|\bofficial news agency\b/iu;

/**
 * M-STATE: an outlet on the state-affiliated list is described as state media
 * on first reference, and a sentence that rests only on such outlets is
 * flagged, as contested facts from them need independent confirmation.
 */
export const checkStateMedia: Rule = (context) => [...firstReferenceFindings(context), ...soleOriginFindings(context)];

function firstReferenceFindings(context: RuleContext): RuleFinding[] {
  const firstMentions = new Map<string, OutletMention>();
  for (const mention of context.outletMentions) {
    if (mention.outlet.onStateList && !firstMentions.has(mention.outlet.name)) firstMentions.set(mention.outlet.name, mention);
  }
  return [...firstMentions.values()].flatMap((mention): RuleFinding[] => {
    if (isDescribed(context, mention)) return [];
    const { outlet } = mention;
    const insertion = appositive(context.text, mention.range.end, outlet.description);
    return [
      {
        ruleId: 'M-STATE',
        range: mention.phrase,
        message: `${excerpt(context.text, mention.phrase)} is state-affiliated media but is not described as such on first reference. Say so: “${outlet.name}${insertion}”.`,
        fix: { kind: 'insert-text', label: `Describe ${outlet.name} as ${outlet.description}`, at: mention.range.end, text: insertion },
      },
    ];
  });
}

/** A description just before the name or in an appositive right after it, within the same sentence. */
function isDescribed(context: RuleContext, mention: OutletMention): boolean {
  const sentence = context.sentenceAt(mention.range.start);
  const before = context.text.slice(Math.max(sentence.start, mention.phrase.start - 50), mention.phrase.start);
  const after = context.text.slice(mention.range.end, Math.min(sentence.end, mention.range.end + 70));
  return STATE_DESCRIPTION.test(before) || STATE_DESCRIPTION.test(after);
}

function soleOriginFindings(context: RuleContext): RuleFinding[] {
  const bySentence = new Map<number, Array<{ outlet: { name: string; onStateList: boolean }; phrase: Span; sentence: Span }>>();
  for (const citation of context.outletCitations) {
    const inSentence = bySentence.get(citation.sentence.start);
    if (inSentence) inSentence.push(citation);
    else bySentence.set(citation.sentence.start, [citation]);
  }
  return [...bySentence.values()].flatMap((citations): RuleFinding[] => {
    if (!citations.every((citation) => citation.outlet.onStateList)) return [];
    const first = citations[0]!;
    const names = [...new Set(citations.map((citation) => citation.outlet.name))].join(' and ');
    return [
      {
        ruleId: 'M-STATE',
        range: first.phrase,
        message: `“${excerpt(context.text, first.sentence, 60)}” rests only on ${names}, state-affiliated media. Confirm it from an independent source, or make clear that it is ${possessive(names)} claim.`,
      },
    ];
  });
}
