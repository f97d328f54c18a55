import type { Source } from '../model/source';

/** "Source: Capital" and "Capital" both name the outlet Capital. */
export function creditedOutletName(credit: string): string {
  return credit.trim().replace(/^source:\s*/i, '').trim();
}

/** The draft's source record for the credited outlet, matched by name. */
export function creditedSource(credit: string, sources: readonly Source[]): Source | undefined {
  const name = creditedOutletName(credit).toLowerCase();
  if (name === '') return undefined;
  return sources.find((source) => source.name.trim().toLowerCase() === name && source.kind !== 'person' && source.kind !== 'anonymous');
}
