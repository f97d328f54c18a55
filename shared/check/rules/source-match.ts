import type { Source } from '../../model/source';
import { outletNamed, sourceForOutlet } from '../outlets/outlet-catalogue';
import type { RuleContext } from '../rule-context';
import { sameReferent } from '../text/names';

/** The registered source a name in the text refers to: an outlet by any of its names, a person by full name or surname. */
export function registeredSourceNamed(context: RuleContext, name: string): Source | undefined {
  const outlet = outletNamed(context.outlets, name);
  if (outlet) {
    const source = sourceForOutlet(outlet, context.sources);
    if (source) return source;
  }
  return context.sources.find((source) => source.kind !== 'anonymous' && sameReferent(source.name, name));
}
