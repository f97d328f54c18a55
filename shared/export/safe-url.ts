/*
 * Every URL in the export passes this allow-list. It parses with the WHATWG
 * URL parser, the same algorithm the reader's browser will use, so the tricks
 * that fool string checks ("java\tscript:", leading control characters, mixed
 * case, entity-looking text) are judged by what the browser would actually
 * follow, and the normalized href is what gets written.
 */

export type UrlPurpose = 'link' | 'source';

const ALLOWED_PROTOCOLS: Record<UrlPurpose, readonly string[]> = {
  // Links in the text may also write to someone; a source must be a web page.
  link: ['http:', 'https:', 'mailto:'],
  source: ['http:', 'https:'],
};

export type SafeUrlResult = { ok: true; href: string; external: boolean } | { ok: false; reason: string };

/**
 * @param siteHost the publisher's own host: links there are internal and get
 *   no rel/target treatment.
 */
export function checkUrl(raw: string, purpose: UrlPurpose, siteHost: string | null): SafeUrlResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'the URL is empty' };
  // Relative URLs would resolve against whatever page the CMS puts the fragment
  // on; without a known base we cannot tell where they lead.
  if (!URL.canParse(trimmed)) return { ok: false, reason: 'the URL is not absolute' };
  const url = new URL(trimmed);
  if (!ALLOWED_PROTOCOLS[purpose].includes(url.protocol)) {
    return { ok: false, reason: `the scheme "${url.protocol}" is not allowed` };
  }
  // "https://trusted.example@evil.example/" shows one host and opens another.
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'the URL carries credentials' };
  }
  if (url.protocol === 'mailto:') return { ok: true, href: url.href, external: false };
  if (url.hostname === '') return { ok: false, reason: 'the URL has no host' };
  return { ok: true, href: url.href, external: url.hostname !== siteHost };
}

/** The host of the configured site URL, or null when none (or an unusable one) is set. */
export function siteHostOf(siteUrl: string | undefined): string | null {
  if (!siteUrl) return null;
  const checked = checkUrl(siteUrl, 'source', null);
  return checked.ok ? new URL(checked.href).hostname : null;
}
