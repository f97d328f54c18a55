/**
 * The renderer's Content-Security-Policy. No inline or evaluated script;
 * inline styles are allowed because Lexical writes style attributes for
 * text formatting it imports from pasted HTML.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The check runs in a module worker loaded from the app's own files.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'self' blob:",
].join('; ');
