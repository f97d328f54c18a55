import type { Source } from '../../model/source';
import { normaliseName } from '../text/names';
import { KNOWN_OUTLETS, type KnownOutlet } from './known-outlets';

/** An outlet as the check knows it for one article. */
export interface CatalogueOutlet extends KnownOutlet {
  /** On the newsroom's state-affiliated list, or registered as state-affiliated: M-STATE applies. */
  onStateList: boolean;
}

function namesOf(outlet: Pick<KnownOutlet, 'name' | 'aliases'>): string[] {
  return [outlet.name, ...outlet.aliases];
}

/**
 * The outlets this check recognises: the known list, every name on the
 * newsroom's state-affiliated list (which may add outlets we do not know),
 * the outlets registered as sources of this draft, and outlet-like names the
 * article cites (see outlet-like-names.ts).
 */
export function buildOutletCatalogue(
  stateList: readonly string[],
  sources: readonly Source[],
  citedOutletNames: readonly string[] = [],
): CatalogueOutlet[] {
  const stateNames = new Set(stateList.map(normaliseName));
  const catalogue: CatalogueOutlet[] = KNOWN_OUTLETS.map((outlet) => ({
    ...outlet,
    onStateList: namesOf(outlet).some((name) => stateNames.has(normaliseName(name))),
  }));
  const known = (name: string): CatalogueOutlet | undefined =>
    catalogue.find((outlet) => namesOf(outlet).some((alias) => normaliseName(alias) === normaliseName(name)));
  for (const name of stateList) {
    if (!known(name)) {
      catalogue.push({ name, aliases: [], kind: 'outlet', stateAffiliated: true, description: 'state-affiliated media', onStateList: true });
    }
  }
  for (const source of sources) {
    if (source.kind !== 'outlet' && source.kind !== 'wire-agency') continue;
    const existing = known(source.name);
    if (existing) {
      existing.onStateList ||= source.stateAffiliated;
      continue;
    }
    catalogue.push({
      name: source.name,
      aliases: [],
      kind: source.kind,
      stateAffiliated: source.stateAffiliated,
      description: source.role,
      onStateList: source.stateAffiliated,
    });
  }
  for (const name of citedOutletNames) {
    if (!known(name)) catalogue.push({ name, aliases: [], kind: 'outlet', stateAffiliated: false, description: '', onStateList: false });
  }
  return catalogue;
}

/** The catalogue outlet a name refers to, if any ("the BBC", "Ria Novosti"). */
export function outletNamed(catalogue: readonly CatalogueOutlet[], name: string): CatalogueOutlet | undefined {
  let byName = outletsByName.get(catalogue);
  if (!byName) {
    byName = new Map();
    // The first outlet in the catalogue with a name wins, as a search through it in order would find.
    for (const outlet of catalogue) for (const alias of namesOf(outlet)) if (!byName.has(normaliseName(alias))) byName.set(normaliseName(alias), outlet);
    outletsByName.set(catalogue, byName);
  }
  return byName.get(normaliseName(name));
}

/**
 * Each catalogue's outlets by normalised name. Rules look names up hundreds
 * of times per check, and the incremental check keeps one catalogue for as
 * long as the sources, the settings and the cited outlets stay the same. A
 * catalogue is not changed once built.
 */
const outletsByName = new WeakMap<readonly CatalogueOutlet[], Map<string, CatalogueOutlet>>();

/** The registered source that stands for an outlet, matched by any of its names. */
export function sourceForOutlet(outlet: Pick<KnownOutlet, 'name' | 'aliases'>, sources: readonly Source[]): Source | undefined {
  const names = new Set(namesOf(outlet).map(normaliseName));
  return sources.find((source) => names.has(normaliseName(source.name)));
}
