import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual, createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable token per run, as Jupyter does. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares tokens in constant time (hashing first makes the lengths equal). */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined || given.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The Host values this server answers to; anything else may be a DNS-rebinding attack. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type RequestVerdict = { ok: true } | { ok: false; status: 403; reason: string };

/**
 * Refuses requests addressed to another host name (DNS rebinding: a hostile
 * page whose domain resolves to 127.0.0.1 would send its own Host) and
 * cross-origin requests (a page on another origin sending Origin).
 */
export function checkHostAndOrigin(request: IncomingMessage, port: number): RequestVerdict {
  const host = request.headers.host?.toLowerCase();
  const hosts = allowedHosts(port);
  if (host === undefined || !hosts.has(host)) {
    return { ok: false, status: 403, reason: 'This server only answers requests addressed to 127.0.0.1 or localhost.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return { ok: false, status: 403, reason: 'Cross-origin requests are not allowed.' };
  }
  return { ok: true };
}

/** The cookie name includes the port: cookies ignore ports, and two hosts may run side by side. */
export function tokenCookieName(port: number): string {
  return `copydesk-token-${port}`;
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The check runs in a module worker loaded from the app's own files.
  "worker-src 'self'",
  // Lexical writes inline style attributes (text formatting, indentation).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries, pages and API alike. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
