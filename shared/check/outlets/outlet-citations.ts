import type { DetectedAttribution, Span } from '../../attribution/types';
import { overlaps } from '../text/spans';
import type { OutletMention } from './outlet-mentions';

export interface OutletCitation extends OutletMention {
  /** The sentence that rests on the outlet. */
  sentence: Span;
}

const NAME_IN_LIST = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`;
/** Words before a name that make it the carrier of the information: "according to", "told", "Source:". */
const CARRIER_BEFORE = new RegExp(
  String.raw`(?:according to|Source:|Sources:|Credit:|Via:?|via|reported by|quoted by|cited by|carried by|published by|reports? (?:by|in|from)|told|spoke to|speaking to|talking to|interview with|citing|quoting|per)\s+(?:${NAME_IN_LIST}\s*(?:,|and|&)\s+)*(?:the\s+)?$`,
  'iu',
);
/** Words after a name that make it the carrier: "the BBC notes", "a Reuters report". */
const CARRIER_AFTER = new RegExp(
  String.raw`^(?:\s*(?:,|and|&)\s+${NAME_IN_LIST})*(?:['’]s)?\s+(?:(?:has|had|have|also|later|first)\s+)?(?:reported|reports|reporting|report|notes|noted|says|said|writes|wrote|cited|cites|quoted|quotes|claimed|claims|added|adds|announced|stated|states|learned|learnt|revealed|understands|understood|published|broadcast|interview|investigation|analysis|correspondent)\b`,
  'u',
);

/**
 * The mentions of outlets that name them as the origin of information,
 * rather than as a subject of the story ("the BBC's licence fee"). A
 * detected attribution whose source is the outlet settles it; otherwise the
 * words around the name do.
 */
export function findOutletCitations(
  text: string,
  mentions: readonly OutletMention[],
  detected: readonly DetectedAttribution[],
  sentenceOf: (offset: number) => Span,
): OutletCitation[] {
  return mentions
    .filter((mention) => isCitedByDetector(mention, detected) || isCitedByWording(text, mention, sentenceOf(mention.range.start)))
    .map((mention) => {
      const { start, end } = sentenceOf(mention.range.start);
      return { ...mention, sentence: { start, end } };
    });
}

function isCitedByDetector(mention: OutletMention, detected: readonly DetectedAttribution[]): boolean {
  return detected.some((attribution) => attribution.source !== null && overlaps(attribution.source, mention.range));
}

function isCitedByWording(text: string, mention: OutletMention, sentence: Span): boolean {
  const before = text.slice(sentence.start, mention.phrase.start);
  const after = text.slice(mention.range.end, sentence.end);
  return CARRIER_BEFORE.test(before) || CARRIER_AFTER.test(after);
}
