import type { RuleFinding } from '../finding';
import { sourceForOutlet } from '../outlets/outlet-catalogue';
import type { OutletMention } from '../outlets/outlet-mentions';
import { excerpt, matchCase, type Rule } from './rule';

/**
 * S-OUTLET: a news organisation named as the origin of information must be in
 * the article's sources, with a URL, including when it is a rival; so must
 * the outlet a syndication credit names. One finding per outlet, at its
 * first citation.
 */
export const checkOutletIsSource: Rule = (context) => {
  const byOutlet = new Map<string, OutletMention[]>();
  const origins = [...context.outletCitations, ...context.creditMentions].sort((a, b) => a.range.start - b.range.start);
  for (const citation of origins) {
    const citations = byOutlet.get(citation.outlet.name);
    if (citations) citations.push(citation);
    else byOutlet.set(citation.outlet.name, [citation]);
  }
  return [...byOutlet.values()].flatMap((citations): RuleFinding[] => {
    const first = citations[0]!;
    const { outlet } = first;
    const written = matchCase('A', excerpt(context.text, first.phrase));
    const times = citations.length > 1 ? ` (cited ${citations.length} times)` : '';
    const source = sourceForOutlet(outlet, context.sources);
    if (!source) {
      return [
        {
          ruleId: 'S-OUTLET',
          range: first.phrase,
          message: `${written} is cited as the origin of information${times} but is not in the article's sources. Add ${outlet.name} as a source, with the URL of the report you used.`,
          fix: {
            kind: 'add-source',
            label: `Add ${outlet.name} as a source`,
            source: { name: outlet.name, kind: outlet.kind, role: outlet.description, url: '', stateAffiliated: outlet.stateAffiliated || outlet.onStateList },
          },
        },
      ];
    }
    if (source.url !== '') return [];
    return [
      {
        ruleId: 'S-OUTLET',
        range: first.phrase,
        sourceId: source.id,
        message: `${written} is cited as the origin of information${times}, but its source record has no URL. Add the URL of the ${outlet.name} report you used.`,
        fix: { kind: 'edit-source', label: `Add the URL of the ${outlet.name} report`, sourceId: source.id, field: 'url' },
      },
    ];
  });
};
