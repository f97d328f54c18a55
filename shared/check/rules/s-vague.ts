import type { Span } from '../../attribution/types';
import type { Fix, RuleFinding } from '../finding';
import type { ContextSentence, RuleContext } from '../rule-context';
import { shiftSpan } from '../text/spans';
import { isPlausibleName } from '../text/names';
import { SPEECH_VERB_PATTERN } from '../text/speech-verbs';
import { excerpt, matchesIn, type Rule } from './rule';

interface VaguePattern {
  pattern: RegExp;
  /** What to tell the editor, given the words found. */
  advice: (words: string) => string;
  /** The sentence names who is behind it after all ("an Ipsos poll", "Treasury officials"): not vague. */
  excusedBy?: (context: RuleContext, range: Span, sentence: Span) => boolean;
  /** Phrases that only remind the reader of an established fact may simply go. */
  removable?: boolean;
}

/** "Treasury officials", "an Ipsos poll": a capitalised name just before says who. */
const capitalisedWordBefore = (context: RuleContext, range: Span, sentence: Span): boolean => {
  const word = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(context.text.slice(sentence.start, range.start))?.[1];
  return word !== undefined && isPlausibleName(word);
};

const namedOriginInSentence = (context: RuleContext, range: Span, sentence: Span): boolean =>
  capitalisedWordBefore(context, range, sentence) ||
  /\b(?:by|from|for|of|published in|conducted by|commissioned by)\s+(?:the\s+)?\p{Lu}/u.test(context.text.slice(sentence.start, sentence.end));

const PATTERNS: VaguePattern[] = [
  {
    pattern: /\b[Ii]t (?:is|was|has been|had been) (?:noted|recalled|reminded)(?: that)?\b/gu,
    advice: (words) => `“${words}” hides whose remark this is. Say who made it, or, if the fact is established, state it plainly.`,
    removable: true,
  },
  {
    pattern: /\b[Ii]t (?:is|was|has been|had been) (?:said|understood|believed|reported|claimed|thought|alleged|rumou?red|suggested|expected|argued|feared|known)(?: that)?\b/gu,
    advice: (words) => `“${words}” does not say by whom. Name the source of the information.`,
  },
  {
    pattern: new RegExp(String.raw`\b(?:reportedly|allegedly|purportedly|supposedly|apparently)(?:\s+${SPEECH_VERB_PATTERN})?\b`, 'giu'),
    advice: (words) => `“${words}” does not say who reported or alleged it. Name the outlet or person, or drop the word if you have confirmed it.`,
  },
  {
    pattern: /\b(?:according to|citing) (?:media |press |local |unconfirmed |some |news )?reports\b|\bit (?:has )?emerged\b/giu,
    advice: (words) => `“${words}” does not say whose reports. Name the outlet.`,
  },
  {
    pattern: /\b(?:sources|insiders) (?:say|said|says|claim|claimed|believe|believed|suggest|suggested|told|indicate|indicated)\b|\baccording to (?:sources|insiders)\b/giu,
    advice: (words) => `“${words}” names no one. Say who the sources are, or describe them specifically and why they are not named.`,
  },
  {
    pattern: /\b(?:officials|experts|observers|analysts|critics|commentators|scientists|economists|diplomats|insiders|some|many|others|people) (?:say|said|believe|believed|note|noted|argue|argued|suggest|suggested|warn|warned|think|thought|claim|claimed|fear|feared|agree|agreed)\b/giu,
    advice: (words) => `“${words}” does not say which ones. Name them, or at least say where they work.`,
    excusedBy: capitalisedWordBefore,
  },
  {
    pattern: /\b(?:opinion |recent |latest |new )?(?:polls?|surveys?) (?:suggest|suggests|suggested|show|shows|showed|indicate|indicates|indicated|have shown|has shown|found|find|predict|predicts)\b/giu,
    advice: (words) => `“${words}” names no pollster. Say whose poll, when it was taken and what it found.`,
    excusedBy: namedOriginInSentence,
  },
  {
    pattern: /\b(?:research|studies|a study|scientists|evidence) (?:has shown|have shown|shows|show|suggests|suggest|found|finds|proves|has found)\b/giu,
    advice: (words) => `“${words}” does not say whose research. Name the study, its authors or where it was published.`,
    excusedBy: namedOriginInSentence,
  },
];

/**
 * S-VAGUE: agentless or vague attribution ("it is noted that", "reportedly",
 * "sources say", "polls suggest") hides who stands behind a claim.
 */
export const checkVagueAttribution: Rule = (context) => {
  const sentencesOf = new Map<number, ContextSentence[]>();
  for (const sentence of context.sentences) {
    const inParagraph = sentencesOf.get(sentence.paragraphIndex);
    if (inParagraph) inParagraph.push(sentence);
    else sentencesOf.set(sentence.paragraphIndex, [sentence]);
  }
  // Sentences come paragraph by paragraph, so this keeps the order of the findings.
  return context.paragraphs.flatMap((paragraph, index) => {
    const sentences = sentencesOf.get(index);
    if (!sentences) return [];
    // Everything the findings depend on lies inside the paragraph: its words and its words with quotations blanked.
    const key = `${context.text.slice(paragraph.start, paragraph.end)}\u0000${context.maskedText.slice(paragraph.start, paragraph.end)}`;
    let relative = byParagraph.get(key);
    if (!relative) {
      relative = sentencesFindings(context, sentences).map((finding) => shiftFinding(finding, -paragraph.start));
      if (byParagraph.size >= MAX_CACHED_PARAGRAPHS) byParagraph.clear();
      byParagraph.set(key, relative);
    }
    return relative.map((finding) => shiftFinding(finding, paragraph.start));
  });
};

/**
 * Findings by paragraph, in paragraph offsets: the check reruns on every
 * pause in typing and most paragraphs have not changed since the last run.
 */
const byParagraph = new Map<string, RuleFinding[]>();
/** Past this many paragraphs the cache starts over. */
const MAX_CACHED_PARAGRAPHS = 2000;

function shiftFinding(finding: RuleFinding, by: number): RuleFinding {
  const { range, fix } = finding;
  return {
    ...finding,
    range: range ? shiftSpan(range, by) : null,
    ...(fix ? { fix: fix.kind === 'replace-text' ? { ...fix, range: shiftSpan(fix.range, by) } : { ...fix } } : {}),
  };
}

const sentencesFindings = (context: RuleContext, sentences: readonly Span[]): RuleFinding[] =>
  sentences.flatMap((sentence) =>
    PATTERNS.flatMap(({ pattern, advice, excusedBy, removable }) =>
      matchesIn(context.maskedText, sentence, pattern).flatMap(({ range }): RuleFinding[] => {
        if (excusedBy?.(context, range, sentence)) return [];
        const words = excerpt(context.text, range);
        const fix = removable ? removalFix(context, range, sentence, words) : undefined;
        return [{ ruleId: 'S-VAGUE', range, message: advice(words), ...(fix ? { fix } : {}) }];
      }),
    ),
  );

/** At the start of a sentence, "It is noted that this is…" becomes "This is…". */
function removalFix(context: RuleContext, range: Span, sentence: Span, words: string): Fix | undefined {
  if (range.start !== sentence.start) return undefined;
  const rest = /^\s+(\S)/u.exec(context.text.slice(range.end, sentence.end));
  if (!rest) return undefined;
  const firstLetter = rest[1]!;
  return {
    kind: 'replace-text',
    label: `Delete “${words}”`,
    range: { start: range.start, end: range.end + rest[0].length },
    replacement: firstLetter.toUpperCase(),
  };
}
