import type { DetectedAttribution, Span } from '../../attribution/types';
import { isPlausibleName, PROPER_NAME, trimNonNameWords } from './names';
import type { Quotation } from './quotations';
import { overlaps } from './spans';
import { SPEECH_VERB_PATTERN } from './speech-verbs';

/**
 * Who a quotation is attributed to. `pronoun` counts as named (the pronoun
 * points back at a name); `role` ("the spokesman said") does not.
 */
export interface QuoteAttribution {
  kind: 'name' | 'pronoun' | 'role' | 'none';
  speaker: string | null;
  /** The speech verb or cue, when one was found. */
  cue: Span | null;
}

const PRONOUN = '(?:he|she|they|we|I|He|She|They|We)';
const ROLE = String.raw`(?:the|a|an|The|A|An)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*`;
const APPOSITIVE = String.raw`(?:,[^,“”"«»]{1,80},)?`;
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${PROPER_NAME}|${PRONOUN}|${ROLE})${APPOSITIVE}\s+(?:\p{Ll}+\s+){0,2}?(${SPEECH_VERB_PATTERN})\b`,
  'gu',
);
const SPEAKER_AFTER = new RegExp(String.raw`\b(${SPEECH_VERB_PATTERN}),?\s+(${PROPER_NAME}|${PRONOUN}|${ROLE})`, 'gu');

/** The speaker found in the words around a quotation, ranked; see nearestLocalSpeaker. */
export interface Candidate extends QuoteAttribution {
  distance: number;
  /** The cue is in a sentence the quotation itself touches: it beats a closer cue in the sentence before. */
  sameSentence: boolean;
}

/** Classifies the words found in the speaker slot. */
/**
 * Classifies the words found in the speaker slot: "she", "she herself" are
 * pronouns; "the party's candidate, Marine Le Pen" names Marine Le Pen (the
 * last proper name in the words); "the spokesman" is only a role.
 */
function classify(words: string): Pick<QuoteAttribution, 'kind' | 'speaker'> {
  if (new RegExp(`^${PRONOUN}(?![\\p{L}])`, 'u').test(words)) return { kind: 'pronoun', speaker: null };
  const names = [...words.matchAll(new RegExp(PROPER_NAME, 'gu'))].map((match) => trimNonNameWords(match[0])).filter(isPlausibleName);
  const name = names[names.length - 1];
  return name ? { kind: 'name', speaker: name } : { kind: 'role', speaker: null };
}

function distanceTo(quotation: Quotation, span: Span): number {
  if (span.end <= quotation.range.start) return quotation.range.start - span.end;
  if (span.start >= quotation.range.end) return span.start - quotation.range.end;
  return 0;
}

/**
 * Finds the attribution of a quotation. A name in the quotation's own
 * sentence ("“…,” Anna Berg said.") is the strongest evidence there is, so it
 * wins; otherwise the detector's answer, which can resolve "she" to a name;
 * otherwise the nearest speaker in the adjacent sentences. `maskedText` is
 * the article text with quoted words blanked out, so a verb inside a
 * quotation is never taken for its cue.
 */
export function attributeQuotation(
  maskedText: string,
  quotation: Quotation,
  window: { around: Span; own: Span },
  detected: readonly DetectedAttribution[],
): QuoteAttribution {
  return attributeWithLocalSpeaker(nearestLocalSpeaker(maskedText, quotation, window), maskedText, quotation, detected);
}

/** attributeQuotation given the nearest local speaker, which depends only on the words of the window. */
export function attributeWithLocalSpeaker(
  local: Candidate | undefined,
  maskedText: string,
  quotation: Quotation,
  detected: readonly DetectedAttribution[],
): QuoteAttribution {
  if (local?.sameSentence && local.kind === 'name') return withoutRanking(local);
  const fromDetector = detectorSpeaker(maskedText, quotation, detected);
  if (fromDetector) return fromDetector;
  return local ? withoutRanking(local) : { kind: 'none', speaker: null, cue: null };
}

function withoutRanking({ kind, speaker, cue }: Candidate): QuoteAttribution {
  return { kind, speaker, cue };
}

function detectorSpeaker(maskedText: string, quotation: Quotation, detected: readonly DetectedAttribution[]): QuoteAttribution | null {
  const found = detected.find((attribution) => attribution.content && overlaps(attribution.content, quotation.inner));
  if (!found || (!found.sourceName && !found.source)) return null;
  const words = found.sourceName ?? maskedText.slice(found.source!.start, found.source!.end);
  const classified = classify(words.trim());
  return classified.kind === 'role' && found.sourceName ? null : { ...classified, cue: found.cue };
}

export function nearestLocalSpeaker(maskedText: string, quotation: Quotation, { around, own }: { around: Span; own: Span }): Candidate | undefined {
  const slice = maskedText.slice(around.start, around.end);
  const candidate = (words: string, cue: Span): Candidate => ({
    ...classify(words),
    cue,
    distance: distanceTo(quotation, cue),
    sameSentence: own.start <= cue.start && cue.end <= own.end,
  });
  const candidates: Candidate[] = [];
  for (const match of slice.matchAll(SPEAKER_BEFORE)) {
    const verbText = match[2]!;
    const verbStart = around.start + match.index + match[0].length - verbText.length;
    candidates.push(candidate(match[1]!, { start: verbStart, end: verbStart + verbText.length }));
  }
  for (const match of slice.matchAll(SPEAKER_AFTER)) {
    const start = around.start + match.index;
    candidates.push(candidate(match[2]!, { start, end: start + match[1]!.length }));
  }
  const rank = { name: 0, pronoun: 1, role: 2, none: 3 };
  candidates.sort((a, b) => Number(b.sameSentence) - Number(a.sameSentence) || a.distance - b.distance || rank[a.kind] - rank[b.kind]);
  return candidates[0];
}
