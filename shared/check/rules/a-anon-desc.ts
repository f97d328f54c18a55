import type { RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';
import { excerpt, firstPassageOf, matchesIn, type Rule } from './rule';

/** Words that mark a source as unnamed. */
const ANONYMOUS = /\b(?:(?:a|an|one|two|three|several|other)\s+(?:[\p{Ll}-]+\s+){0,2})?(?:sources?|insiders?)(?=,?\s+(?:[\p{Ll}-]+,?\s+){0,6}?(?:said|say|says|told|tells|claimed|claims|believe|believes|confirmed|suggested|indicated|added)\b)|\baccording to (?:(?:a|an|one|two|three|several|other)\s+(?:[\p{Ll}-]+\s+){0,2})?(?:sources?|insiders?)\b|\b(?:a person|people|officials?|someone)\s+(?:familiar with|with knowledge of|close to|briefed on)\b|\b(?:a|an|one|two|three|several)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:person|people|officials?|diplomats?|aides?|employees?|executives?|officers?|advisers?|advisors?)\s+(?=familiar with|with knowledge of|close to|briefed on|who (?:attended|saw|was|were|has|had|took|is|are))|\bon (?:the )?condition of anonymity\b|\b(?:asked|requested) not to be (?:named|identified)\b|\bspeaking anonymously\b|\bdeclined to be (?:named|identified)\b/giu;
/** How the source knows: the specific description AP and the NYT ask for. */
const HOW_THEY_KNOW = /\bfamiliar with\b|\bknowledge of\b|\bbriefed on\b|\binvolved in\b|\bclose to\b|\bwho (?:attended|saw|has seen|have seen|had seen|took part|was present|were present|works?|worked|read|reviewed|participated)\b|\bpresent at\b|\bwith access to\b|\bwho (?:is|are|was|were) (?:a |an )?(?:member|part|senior|directly)\b/i;
/** Why anonymity was granted. */
const REASON = /\bbecause\b|\bnot (?:authori[sz]ed|permitted|allowed) to\b|\bfor fear of\b|\bto protect\b|\b(?:citing|given|due to|because of) the sensitivity\b|\bfearing\b|\bover fears\b|\bso as not to\b/i;

/**
 * A-ANON-DESC: an anonymous source needs a specific description (their role,
 * how they know) and the reason they were granted anonymity: in the text,
 * and in the source record.
 */
export const checkAnonymousSourceDescription: Rule = (context) => [...anonymousMentionFindings(context), ...anonymousRecordFindings(context)];

/** The unnamed sources in the text: each sentence with its neighbours. */
export const anonymousMentionFindings: Rule = (context) => {
  return context.sentences.flatMap((sentence): RuleFinding[] => {
    const found = matchesIn(context.maskedText, sentence, ANONYMOUS);
    if (found.length === 0) return [];
    // The description and the reason often get a sentence of their own.
    const around = context.maskedAround(sentence);
    const missing = [
      HOW_THEY_KNOW.test(around) ? null : 'how they know (e.g. “who attended the meeting”, “familiar with the talks”)',
      REASON.test(around) ? null : 'why they were not named (e.g. “because they were not authorised to speak publicly”)',
    ].filter((item): item is string => item !== null);
    if (missing.length === 0) return [];
    const range = found[0]!.range;
    return [
      {
        ruleId: 'A-ANON-DESC',
        range,
        message: `“${excerpt(context.text, range)}” is an unnamed source. Tell readers ${missing.join(' and ')}.`,
      },
    ];
  });
};

const GENERIC_DESCRIPTION = /^\s*(?:an?\s+|one\s+)?(?:anonymous\s+)?(?:source|insider|official|person|people|contact|sources)?\s*$/i;

/** The anonymous sources in the source list. */
export function anonymousRecordFindings(context: RuleContext): RuleFinding[] {
  return context.sources
    .filter((source) => source.kind === 'anonymous')
    .flatMap((source): RuleFinding[] => {
      const range = firstPassageOf(context, source.id);
      const findings: RuleFinding[] = [];
      if (GENERIC_DESCRIPTION.test(source.role)) {
        findings.push({
          ruleId: 'A-ANON-DESC',
          range,
          sourceId: source.id,
          message: `The anonymous source “${source.name}” has no specific description. Record their role and how they know (“a diplomat who attended the talks”).`,
          fix: { kind: 'edit-source', label: 'Describe the source', sourceId: source.id, field: 'role' },
        });
      }
      if (source.anonymityReason.trim() === '') {
        findings.push({
          ruleId: 'A-ANON-DESC',
          range,
          sourceId: source.id,
          message: `The anonymous source “${source.name}” has no recorded reason for anonymity. Record why they could not be named.`,
          fix: { kind: 'edit-source', label: 'Record the reason for anonymity', sourceId: source.id, field: 'anonymityReason' },
        });
      }
      return findings;
    });
}
