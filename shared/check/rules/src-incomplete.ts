import type { Source } from '../../model/source';
import type { Fix, RuleFinding } from '../finding';
import type { RuleContext } from '../rule-context';
import { normaliseName } from '../text/names';
import { firstPassageOf, type Rule } from './rule';

const NEEDS_URL = new Set<Source['kind']>(['outlet', 'wire-agency', 'document', 'social-post']);

/**
 * SRC-INCOMPLETE: a source lacks what its kind needs: outlets, documents and
 * posts a URL, people a role, web material the date it was published or
 * read. Anonymous sources are A-ANON-DESC's concern, and a cited outlet's
 * missing URL is S-OUTLET's (an error there), so neither is repeated here.
 */
export const checkIncompleteSources: Rule = (context) => {
  const cited = citedOutletNames(context);
  return context.sources.flatMap((source) => {
    const missing: Array<{ what: string; field: Extract<Fix, { kind: 'edit-source' }>['field'] }> = [];
    if (NEEDS_URL.has(source.kind) && source.url === '' && !cited.has(normaliseName(source.name))) missing.push({ what: 'a URL', field: 'url' });
    if (source.kind === 'person' && source.role.trim() === '') missing.push({ what: 'a role (who they are)', field: 'role' });
    if (source.url !== '' && source.datePublished === '' && source.dateAccessed === '') {
      missing.push({ what: 'the date it was published or accessed', field: 'datePublished' });
    }
    const range = firstPassageOf(context, source.id);
    return missing.map(
      ({ what, field }): RuleFinding => ({
        ruleId: 'SRC-INCOMPLETE',
        range,
        sourceId: source.id,
        message: `The source ${source.name} (${source.kind}) lacks ${what}.`,
        fix: { kind: 'edit-source', label: `Add ${what} for ${source.name}`, sourceId: source.id, field },
      }),
    );
  });
};

/** Every name of every outlet the article cites, normalised: a source with one of them is a cited outlet (see sourceForOutlet). */
function citedOutletNames(context: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const { outlet } of context.outletCitations) for (const name of [outlet.name, ...outlet.aliases]) names.add(normaliseName(name));
  return names;
}
