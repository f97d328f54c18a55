/** Link targets an imported document may keep. Anything else (javascript:, data:, relative paths of a page we no longer have) loses its link and keeps its text. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeLinkUrl(candidate: string): string | undefined {
  const value = candidate.trim();
  if (!value || value.length > 2048 || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
