/**
 * Which links may leave the app for the system browser or mail client.
 * Kept free of `electron` so it is unit-tested in plain Node.
 */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedExternalUrl(rawUrl: string): boolean {
  if (!URL.canParse(rawUrl)) return false;
  const url = new URL(rawUrl);
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  // Credentials in a link are a phishing tell ("https://bank.com@evil.example").
  return url.username === '' && url.password === '';
}
