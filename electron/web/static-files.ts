import path from 'node:path';
import { promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticTarget = { kind: 'file'; filePath: string } | { kind: 'bad-request' } | { kind: 'not-found' };

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps a URL path to a file inside `root`, or refuses. Decoding happens once;
 * encoded slashes, backslashes, NUL bytes and dot segments are refused
 * outright rather than normalized, and the real path (after symlinks) must
 * still be inside the root.
 */
export async function resolveStaticPath(root: string, urlPath: string): Promise<StaticTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'bad-request' };
  }
  if (/[\\\0]/.test(decoded) || /%2f|%5c/i.test(urlPath)) return { kind: 'bad-request' };
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  // Dot segments and hidden files: nothing the renderer build serves starts with a dot.
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'not-found' };
  const realRoot = await fsp.realpath(root);
  // Client-side routes (no file extension) get the app itself.
  const last = segments.at(-1);
  const wantsApp = segments.length === 0 || (last !== undefined && path.extname(last) === '');
  const relative = wantsApp && !(await isFile(path.join(realRoot, ...segments))) ? ['index.html'] : segments;
  const candidate = path.join(realRoot, ...relative);
  if (!isInside(realRoot, candidate)) return { kind: 'bad-request' };
  let realCandidate: string;
  try {
    realCandidate = await fsp.realpath(candidate);
  } catch {
    return { kind: 'not-found' };
  }
  if (!isInside(realRoot, realCandidate) || !(await isFile(realCandidate))) return { kind: 'not-found' };
  return { kind: 'file', filePath: realCandidate };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await fsp.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Sends a resolved file; the renderer build is small, so reading it whole is fine. */
export async function sendStaticFile(request: IncomingMessage, response: ServerResponse, filePath: string): Promise<void> {
  const body = await fsp.readFile(filePath);
  response.statusCode = 200;
  response.setHeader('Content-Type', contentTypeOf(filePath));
  response.setHeader('Content-Length', body.length);
  // Vite's hashed assets could be cached forever, but index.html must always be fresh; no-cache keeps one rule.
  response.setHeader('Cache-Control', 'no-cache');
  response.end(request.method === 'HEAD' ? undefined : body);
}
