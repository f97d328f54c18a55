import type { DetectedAttribution, Span } from '../../attribution/types';
import type { Source } from '../../model/source';
import { buildOutletCatalogue, outletNamed, type CatalogueOutlet } from '../../check/outlets/outlet-catalogue';
import { findOutletCitations } from '../../check/outlets/outlet-citations';
import { findOutletMentions } from '../../check/outlets/outlet-mentions';
import { isPlausibleName, normaliseName, sameReferent, trimNonNameWords } from '../../check/text/names';
import { sentenceFinder } from './body-sentences';
import { isPartOfName, kindOfName } from './name-kind';
import { isProposableSourceName, nationalInstitutionName } from './proposable-name';
import type { ProposedSource } from './proposed-source';
import { isWireAgency } from './wire-agencies';

export type AttributionDetector = (text: string) => DetectedAttribution[];

export interface SourceProposalContext {
  detect: AttributionDetector;
  /** The newsroom's state-media list (preferences), which extends the known-outlet list. */
  stateAffiliatedOutlets: readonly string[];
  /** The newsroom's source book: reused instead of proposing a duplicate. */
  sourceBook: readonly Source[];
}

export interface ProposalInput {
  /** The cleaned body, paragraphs separated by blank lines. */
  bodyText: string;
  /** meta.credit as the clean-up found it ("Capital", "Reuters; AFP"). */
  credit: string;
  publicationDate?: string;
}

const MAX_EVIDENCE = 300;
const PRONOUN_OR_WORD = /^(?:he|she|they|it|we|i|you|which|who|that|this|one|someone|the)$/i;

interface Candidate extends ProposedSource {
  firstOffset: number;
}

function evidenceOf(text: string, sentence: Span): string {
  const words = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
  return words.length > MAX_EVIDENCE ? `${words.slice(0, MAX_EVIDENCE - 1)}…` : words;
}

function outletCandidate(outlet: CatalogueOutlet, reason: ProposedSource['reason'], evidence: string, offset: number): Candidate {
  return {
    name: outlet.name,
    kind: outlet.kind,
    role: outlet.description,
    stateAffiliated: outlet.stateAffiliated || outlet.onStateList,
    reason,
    known: true,
    mentions: 1,
    evidence,
    firstOffset: offset,
  };
}

/** Adds a candidate, or counts one more mention of a source already proposed under the same or a longer name. */
function addCandidate(candidates: Candidate[], next: Candidate): void {
  const same = candidates.find(
    (existing) => normaliseName(existing.name) === normaliseName(next.name) || (existing.kind === 'person' && next.kind === 'person' && (isPartOfName(next.name, existing.name) || isPartOfName(existing.name, next.name))),
  );
  if (!same) {
    candidates.push(next);
    return;
  }
  same.mentions += next.mentions;
  if (next.name.length > same.name.length && same.kind === 'person') same.name = next.name;
  if (next.firstOffset < same.firstOffset) {
    same.firstOffset = next.firstOffset;
    same.evidence = next.evidence;
  }
}

/**
 * A person or body the detector named as a source, unless it is a pronoun, a
 * kind of speaker, a nationality or a country (see isProposableSourceName).
 * These stay attributions in the text; they are only not offered as sources.
 */
function namedSource(text: string, attribution: DetectedAttribution): string | undefined {
  const raw = attribution.sourceName ?? (attribution.source ? text.slice(attribution.source.start, attribution.source.end) : '');
  const name = trimNonNameWords(raw.replace(/['’]s$/, '').replace(/[,.;:]+$/, '')).trim();
  if (!name || PRONOUN_OR_WORD.test(name)) return undefined;
  const institution = nationalInstitutionName(name);
  if (institution) return institution;
  if (!/^\p{Lu}/u.test(name) || !isPlausibleName(name) || !isProposableSourceName(name)) return undefined;
  return name;
}

function withSourceBook(candidate: Candidate, sourceBook: readonly Source[]): Candidate {
  const entry = sourceBook.find((source) => sameReferent(source.name, candidate.name));
  if (!entry) return candidate;
  return {
    ...candidate,
    name: entry.name,
    kind: entry.kind,
    role: entry.role || candidate.role,
    stateAffiliated: entry.stateAffiliated || candidate.stateAffiliated,
    known: true,
    sourceBookId: entry.id,
  };
}

function creditCandidates(input: ProposalInput, catalogue: readonly CatalogueOutlet[]): Candidate[] {
  return input.credit
    .split(/\s*;\s*/)
    .filter((name) => name !== '')
    .map((name): Candidate => {
      const outlet = outletNamed(catalogue, name);
      const base = outlet
        ? outletCandidate(outlet, 'credit', '', Number.MAX_SAFE_INTEGER)
        : {
            name,
            kind: isWireAgency(name) ? ('wire-agency' as const) : ('outlet' as const),
            role: '',
            stateAffiliated: false,
            reason: 'credit' as const,
            known: false,
            mentions: 0,
            evidence: '',
            firstOffset: Number.MAX_SAFE_INTEGER,
          };
      return { ...base, mentions: 0, evidence: `Credited: “${name}”`, ...(input.publicationDate ? { datePublished: input.publicationDate } : {}) };
    });
}

/**
 * A failing detector must not cost the editor the import: outlets cited by
 * wording and the credit are still proposed, and the warning says what is missing.
 */
function detectOrNothing(detect: AttributionDetector, text: string, warnings: string[]): DetectedAttribution[] {
  try {
    return detect(text);
  } catch (error) {
    warnings.push(`People quoted as sources could not be proposed: the attribution detector failed (${error instanceof Error ? error.message : String(error)}).`);
    return [];
  }
}

/**
 * The sources an imported story rests on: outlets it cites ("according to
 * Reuters", "the BBC notes"), matched against the known-outlet list and the
 * newsroom's state-media list; people and bodies the attribution detector
 * finds as sources ("Le Pen said"); and the outlet credited at the end.
 */
export function proposeSources(input: ProposalInput, context: SourceProposalContext, warnings: string[] = []): ProposedSource[] {
  const text = input.bodyText;
  const catalogue = buildOutletCatalogue(context.stateAffiliatedOutlets, context.sourceBook);
  const detected = detectOrNothing(context.detect, text, warnings);
  const sentenceOf = sentenceFinder(text);
  const mentions = findOutletMentions(text, catalogue);
  const candidates: Candidate[] = [];

  for (const citation of findOutletCitations(text, mentions, detected, sentenceOf)) {
    addCandidate(candidates, outletCandidate(citation.outlet, 'outlet-citation', evidenceOf(text, citation.sentence), citation.range.start));
  }
  for (const attribution of detected) {
    if (!attribution.source) continue;
    const source = attribution.source;
    // An outlet named as the source was counted above as a citation.
    if (mentions.some((mention) => mention.range.start < source.end && source.start < mention.range.end)) continue;
    const name = namedSource(text, attribution);
    if (!name) continue;
    const outlet = outletNamed(catalogue, name);
    const evidence = evidenceOf(text, sentenceOf(source.start));
    addCandidate(
      candidates,
      outlet
        ? outletCandidate(outlet, 'attribution', evidence, source.start)
        : { name, kind: kindOfName(name), role: '', stateAffiliated: false, reason: 'attribution', known: false, mentions: 1, evidence, firstOffset: source.start },
    );
  }
  for (const credited of creditCandidates(input, catalogue)) {
    const existing = candidates.find((candidate) => normaliseName(candidate.name) === normaliseName(credited.name));
    if (existing) {
      existing.reason = 'credit';
      if (credited.datePublished) existing.datePublished = credited.datePublished;
    } else {
      candidates.push(credited);
    }
  }
  return candidates
    .sort((a, b) => a.firstOffset - b.firstOffset)
    .map((candidate) => withSourceBook(candidate, context.sourceBook))
    .map(({ firstOffset: _firstOffset, ...proposal }) => proposal);
}
