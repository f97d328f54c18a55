import type { Span } from '../../attribution/types';
import type { Source } from '../../model/source';
import type { RuleFinding } from '../finding';
import { overlaps } from '../text/spans';
import { excerpt, type Rule } from './rule';
import { registeredSourceNamed } from './source-match';

interface UnlinkedCandidate {
  name: string;
  passage: Span;
}

/**
 * S-UNLINKED: the text attributes a passage to a source that is registered
 * but the passage is not linked to it: offer the one-click link, so export
 * and the other rules know what rests on what.
 */
export const checkUnlinkedAttribution: Rule = (context) => {
  const candidates: UnlinkedCandidate[] = [
    ...context.detected.flatMap((attribution) => {
      const name = attribution.sourceName ?? (attribution.source ? context.text.slice(attribution.source.start, attribution.source.end) : null);
      const passage = attribution.content ?? attribution.source;
      return name && passage ? [{ name, passage }] : [];
    }),
    ...context.outletCitations.map((citation) => ({ name: citation.outlet.name, passage: citation.sentence })),
  ];
  const reported = new Set<string>();
  const linksBySource = new Map<string, Span[]>();
  for (const link of context.linked) {
    for (const id of new Set(link.sourceIds)) {
      const ranges = linksBySource.get(id);
      if (ranges) ranges.push(link.range);
      else linksBySource.set(id, [link.range]);
    }
  }
  // Hundreds of candidates, a few dozen names: look each name up once.
  const byName = new Map<string, Source | undefined>();
  const sourceNamed = (name: string): Source | undefined => {
    if (!byName.has(name)) byName.set(name, registeredSourceNamed(context, name));
    return byName.get(name);
  };
  return candidates.flatMap(({ name, passage }): RuleFinding[] => {
    const source = sourceNamed(name);
    if (!source) return [];
    const linked = (linksBySource.get(source.id) ?? []).some((range) => overlaps(range, passage));
    const key = `${source.id}:${passage.start}`;
    if (linked || reported.has(key)) return [];
    reported.add(key);
    return [
      {
        ruleId: 'S-UNLINKED',
        range: passage,
        sourceId: source.id,
        message: `“${excerpt(context.text, passage, 50)}” is attributed to ${source.name}, a registered source, but is not linked to it. Link the passage to ${source.name}.`,
        fix: { kind: 'link-passage', label: `Link to ${source.name}`, sourceId: source.id, range: passage },
      },
    ];
  });
};
