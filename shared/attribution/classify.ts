import type { QuoteRegion } from './quotes';
import type { AttributionType, Span } from './types';

const SECOND_HAND_CUE = /\b(quoted as|cited as|told (reporters|journalists|the press)|in an interview|reportedly)\b/i;
const ACCORDING_CUE = /^(according|as (reported|noted|stated) by|source:)/i;
const OUTLET_VERB = /^(notes?|noted|reports?|reported|writes?|wrote|says|said|claims?|claimed|states?|stated)$/i;

export interface TypeEvidence {
  cueText: string;
  /** The text between the cue's end and the end of its sentence, where "told reporters" and the like appear. */
  afterCue: string;
  content: Span | null;
  quotes: QuoteRegion[];
  sourceIsOrganisation: boolean;
  /** Another cue in the same sentence reads "according to ...": "According to X, she said ...". */
  insideAccordingTo: boolean;
}

/**
 * The attribution's type. Carriers come first: words that reached us through
 * another report are second-hand whatever their quoting; then "according to"
 * and outlets' "notes"/"reports"; then the quoting of the content decides
 * between direct (all of it in quotation marks), mixed (part) and indirect.
 */
export function classifyAttribution(evidence: TypeEvidence): AttributionType {
  const cue = evidence.cueText.trim();
  if (SECOND_HAND_CUE.test(cue) || /^\s*(to reporters|to journalists|in an interview)\b/i.test(evidence.afterCue)) {
    return 'second-hand';
  }
  if (evidence.insideAccordingTo && !ACCORDING_CUE.test(cue)) return 'second-hand';
  if (ACCORDING_CUE.test(cue)) return 'according-to';
  if (evidence.sourceIsOrganisation && OUTLET_VERB.test(cue)) return 'according-to';
  const content = evidence.content;
  if (!content) return 'indirect';
  const inside = evidence.quotes.filter((q) => !q.single && q.end > content.start && q.start < content.end);
  if (inside.length === 0) return 'indirect';
  const quoted = inside.reduce((sum, q) => sum + Math.min(q.end, content.end) - Math.max(q.start, content.start), 0);
  return quoted >= (content.end - content.start) * 0.9 ? 'direct' : 'mixed';
}
