/** Link targets the document may hold: web pages and e-mail addresses, nothing executable. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedUrl(value: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Turns what an editor typed into a link target. A bare domain gets https://,
 * an e-mail address gets mailto:; any other scheme is refused with a reason.
 */
export function normalizeLinkInput(input: string): UrlCheck {
  const value = input.trim();
  if (value === '') return { ok: false, message: 'Type a web address, for example https://example.com.' };
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u001f\u007f\s]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  let candidate = value;
  if (scheme === undefined || /^[^/]*\.[^/]*:\d/.test(compact)) {
    candidate = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value) ? `mailto:${value}` : `https://${value}`;
  } else if (!ALLOWED_PROTOCOLS.has(`${scheme}:`)) {
    return { ok: false, message: `“${scheme}:” links are not allowed. Only http, https and mailto links can be added.` };
  }
  if (!isAllowedUrl(candidate)) {
    return { ok: false, message: 'That is not a valid web or e-mail address.' };
  }
  return { ok: true, url: candidate };
}
