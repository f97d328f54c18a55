/**
 * Turns the engine's detections into one-click suggestions: an attribution
 * phrase ("according to Reuters", a quote with its speaker) whose passage is
 * not linked yet becomes "Link to Reuters" or "Add Reuters as a source and link".
 */
import type { DetectedAttribution, Span } from '../../shared/attribution';
import { KNOWN_OUTLETS } from '../../shared/check/outlets/known-outlets';
import type { AttributionKind } from '../../shared/model/attribution-node';
import type { Source, SourceKind } from '../../shared/model/source';

export type SuggestedNewSource = { name: string; kind: SourceKind; role: string; stateAffiliated: boolean };

export type Suggestion = {
  /** Stable across edits elsewhere in the article: the dismissal key. */
  id: string;
  blockKey: string;
  range: Span;
  excerpt: string;
  kind: AttributionKind;
  sourceName: string;
  /** The draft's source it matches, or the record to add. */
  target: { existingId: string } | { newSource: SuggestedNewSource };
  label: string;
};

export type BlockDetections = {
  blockKey: string;
  text: string;
  detected: readonly DetectedAttribution[];
  /** Spans of the block already inside attributions, with their sources. */
  linked: ReadonlyArray<Span & { sourceIds: readonly string[] }>;
};

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** "Le Pen" names "Marine Le Pen"; "Ria Novosti" names "RIA Novosti"; "the BBC" names "BBC". */
export function namesMatch(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

function knownOutlet(name: string) {
  return KNOWN_OUTLETS.find((outlet) => [outlet.name, ...outlet.aliases].some((alias) => normaliseName(alias) === normaliseName(name)));
}

export function newSourceFor(name: string, type: DetectedAttribution['type'], stateAffiliatedOutlets: readonly string[]): SuggestedNewSource {
  const outlet = knownOutlet(name);
  const listed = stateAffiliatedOutlets.some((listedName) => normaliseName(listedName) === normaliseName(outlet?.name ?? name));
  if (outlet) {
    return { name: outlet.name, kind: outlet.kind, role: outlet.description.replace(/^the\s+/i, ''), stateAffiliated: outlet.stateAffiliated || listed };
  }
  if (listed) return { name, kind: 'outlet', role: '', stateAffiliated: true };
  return { name, kind: type === 'according-to' ? 'organisation' : 'person', role: '', stateAffiliated: false };
}

/** The passage a detection covers: a quote is its quoted words; reported speech is the whole attribution. */
const OPENING_QUOTE = /^[“"«„‘']/;
/** A name worth offering as a source has at least one capitalised word. */
const PROPER_NAME = /(^|\s)\p{Lu}/u;

function passageOf(detected: DetectedAttribution, text: string): Span | null {
  const content = detected.content;
  if (content === null) return null;
  if (detected.type === 'direct' || OPENING_QUOTE.test(text.slice(content.start, content.end).trim())) return content;
  const spans = [content, detected.cue, detected.source].filter((span): span is Span => span !== null);
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}

function kindOf(detected: DetectedAttribution, excerpt: string): AttributionKind {
  if (OPENING_QUOTE.test(excerpt.trim())) return 'quote';
  if (detected.type === 'direct') return 'quote';
  if (detected.type === 'according-to') return 'claim';
  return 'paraphrase';
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The fullest form of a name the article uses: "Le Pen" becomes "Marine Le Pen" when it appears elsewhere. */
function fullestName(name: string, allNames: readonly string[]): string {
  return allNames.filter((other) => namesMatch(other, name)).reduce((best, other) => (other.length > best.length ? other : best), name);
}

export function buildSuggestions(
  blocks: readonly BlockDetections[],
  sources: readonly Source[],
  stateAffiliatedOutlets: readonly string[],
  dismissed: ReadonlySet<string>,
): Suggestion[] {
  const allNames = blocks.flatMap((block) => block.detected.map((detected) => detected.sourceName).filter((name): name is string => name !== null));
  const suggestions: Suggestion[] = [];
  for (const block of blocks) {
    for (const detected of block.detected) {
      const range = passageOf(detected, block.text);
      if (range === null || detected.sourceName === null || range.end <= range.start) continue;
      // "opinion polls", "officials": vague agents are the check's S-VAGUE business, not sources to add.
      if (!PROPER_NAME.test(detected.sourceName)) continue;
      const excerpt = block.text.slice(range.start, range.end);
      const existing = sources.find((source) => namesMatch(source.name, detected.sourceName!));
      const covering = block.linked.filter((span) => overlaps(span, range));
      // Already linked to this source, or attributed by the editor to someone else: nothing to offer.
      if (existing ? covering.some((span) => span.sourceIds.includes(existing.id)) : covering.length > 0) continue;
      const name = existing?.name ?? fullestName(detected.sourceName, allNames);
      const id = `${normaliseName(name)}::${excerpt.trim().slice(0, 200)}`;
      if (dismissed.has(id) || suggestions.some((other) => other.id === id)) continue;
      // Two readings of one sentence ("said X", "said X, adding Y") are one offer: the fuller passage wins.
      const rival = suggestions.findIndex((other) => other.blockKey === block.blockKey && other.sourceName === name && overlaps(other.range, range));
      if (rival >= 0 && suggestions[rival]!.range.end - suggestions[rival]!.range.start >= range.end - range.start) continue;
      if (rival >= 0) suggestions.splice(rival, 1);
      const kind = kindOf(detected, excerpt);
      const newSource = existing ? null : newSourceFor(name, detected.type, stateAffiliatedOutlets);
      suggestions.push({
        id,
        blockKey: block.blockKey,
        range,
        excerpt,
        kind,
        sourceName: name,
        target: existing ? { existingId: existing.id } : { newSource: newSource! },
        label: existing
          ? kind === 'quote'
            ? `Attribute to ${existing.name}`
            : `Link to ${existing.name}`
          : kind === 'quote' && newSource!.kind === 'person'
            ? `Attribute to ${name}`
            : `Add ${newSource!.name} as a source and link`,
      });
    }
  }
  // Links to sources the editor already added are the likeliest wanted: they come first, then document order.
  return suggestions.sort((a, b) => Number('newSource' in a.target) - Number('newSource' in b.target));
}
