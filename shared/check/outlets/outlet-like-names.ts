import type { DetectedAttribution, Span } from '../../attribution/types';
import { PROPER_NAME, trimNonNameWords } from '../text/names';

/** Words that make a name a news organisation's: "The Moscow Times", "Le Figaro", "Kyiv Independent". */
const OUTLET_WORD = /\b(?:Times|Post|News|Journal|Agency|Gazette|Herald|Telegraph|Tribune|Daily|Press|Radio|TV|Television|Broadcasting|Magazine|Observer|Chronicle|Monitor|Courier|Independent|Figaro|Libération|País|Corriere|Repubblica|Zeitung|Allgemeine|Kommersant|Izvestia|Vedomosti|Pravda|Kathimerini)\b/u;
/** "according to the Moscow Times", "Le Figaro reported": how copy cites an outlet we do not know. */
const CITED_NAME = new RegExp(
  String.raw`\baccording to (?:the\s+)?(${PROPER_NAME})|(?:^|[\s(])(?:the\s+|The\s+)?(${PROPER_NAME})\s+(?:reported|reports|wrote|writes|notes|noted)\b`,
  'gu',
);

/**
 * Outlets missing from the known list, found where the article cites them:
 * the detector's sources and "according to …" phrases whose name reads like a
 * newspaper's or a broadcaster's. Without these, S-OUTLET would see only the
 * outlets someone thought to list.
 */
export function findOutletLikeNames(text: string, sentences: readonly Span[], detected: readonly DetectedAttribution[]): string[] {
  const names = [
    ...detected.map((attribution) => attribution.sourceName).filter((name): name is string => name !== null),
    // Sentence by sentence, so a name never runs on into the next sentence's first word.
    ...sentences.flatMap((sentence) => [...text.slice(sentence.start, sentence.end).matchAll(CITED_NAME)].map((match) => match[1] ?? match[2]!)),
  ];
  const found = new Set<string>();
  for (const name of names) {
    const cleaned = trimNonNameWords(name.replace(/[.,;:]+$/, ''));
    if (OUTLET_WORD.test(cleaned) && /^\p{Lu}/u.test(cleaned)) found.add(cleaned);
  }
  return [...found];
}
