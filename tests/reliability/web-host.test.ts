import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/bridge';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/main/policy/content-security-policy';
import { rawRequest } from '../support/http-client';
import { strictCspProblems } from './support/csp';
import { MemoryStore } from './support/memory-store';
import { measured } from './support/records';
import { makeTempDir, removeDir } from './support/temp';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const quiet = (): void => {};
let root: string;
let host: WebHost;

beforeAll(async () => {
  root = await makeTempDir('webhost');
  const staticDir = path.join(root, 'static');
  await fsp.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title><script type="module" src="/assets/app.js"></script>');
  await fsp.writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(root, 'secret.txt'), 'SENTINEL-SECRET');
  await fsp.mkdir(path.join(root, 'data'));
  host = await startWebHost({ dataDir: path.join(root, 'data'), staticDir, preferencesStore: new MemoryStore(), log: quiet, logError: quiet });
}, 60_000);

afterAll(async () => {
  await host?.close();
  if (root) await removeDir(root);
});

function api(headers: Record<string, string>, channel = 'drafts.list', body = '{}') {
  return rawRequest(host.port, { method: 'POST', path: `${API_PATH_PREFIX}${channel}`, headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('web host', () => {
  it('refuses API calls without the token or with a wrong one (401)', async () => {
    await measured('web-host', 'API calls without a token, with wrong tokens, with the token only in the cookie or the query', async (note) => {
      const cases: Array<[string, Record<string, string>, string]> = [
        ['no token', {}, API_PATH_PREFIX],
        ['empty token', { [TOKEN_HEADER]: '' }, API_PATH_PREFIX],
        ['wrong token', { [TOKEN_HEADER]: 'x'.repeat(32) }, API_PATH_PREFIX],
        ['token with one character changed', { [TOKEN_HEADER]: `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}` }, API_PATH_PREFIX],
        ['token prefix', { [TOKEN_HEADER]: host.token.slice(0, 8) }, API_PATH_PREFIX],
        ['token plus suffix', { [TOKEN_HEADER]: `${host.token}x` }, API_PATH_PREFIX],
        ['token only in a cookie (CSRF)', { cookie: `copydesk-token-${host.port}=${host.token}` }, API_PATH_PREFIX],
      ];
      const lines: string[] = [];
      for (const [label, headers] of cases) {
        const response = await api(headers);
        expect(response.status, label).toBe(401);
        lines.push(`${label} → ${response.status}`);
      }
      const inQuery = await rawRequest(host.port, {
        method: 'POST',
        path: `${API_PATH_PREFIX}drafts.list?token=${encodeURIComponent(host.token)}`,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(inQuery.status).toBe(401);
      lines.push(`token only in the query → ${inQuery.status}`);
      const good = await api({ [TOKEN_HEADER]: host.token });
      expect(good.status).toBe(200);
      lines.push('right token → 200');
      const form = await rawRequest(host.port, {
        method: 'POST',
        path: `${API_PATH_PREFIX}drafts.create`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', [TOKEN_HEADER]: host.token },
        body: 'meta=1',
      });
      expect(form.status).toBe(415);
      lines.push(`form-encoded body (what a cross-site form can send) → ${form.status}`);
      note.cases = lines.length;
      note.details = lines.join('; ');
    });
  });

  it('refuses pages without the token (401) and sets an HttpOnly, SameSite=Strict cookie with it', async () => {
    await measured('web-host', 'page requests without a token, with a wrong token, with the right one, then with the cookie', async (note) => {
      const none = await rawRequest(host.port, { path: '/' });
      const wrong = await rawRequest(host.port, { path: '/?token=wrong-token-wrong-token' });
      const right = await rawRequest(host.port, { path: `/?token=${encodeURIComponent(host.token)}` });
      expect(none.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(right.status).toBe(200);
      const cookie = String(right.headers['set-cookie'] ?? '');
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      const cookieValue = cookie.split(';')[0]!;
      const withCookie = await rawRequest(host.port, { path: '/assets/app.js', headers: { cookie: cookieValue } });
      expect(withCookie.status).toBe(200);
      note.cases = 4;
      note.details = `no token → ${none.status}; wrong → ${wrong.status}; right → ${right.status} with cookie "${cookie.replace(host.token, '<token>')}"; asset with the cookie → ${withCookie.status}`;
    });
  });

  it('refuses a wrong Host or Origin (DNS rebinding, cross-site requests) with 403', async () => {
    await measured('web-host', 'wrong Host and Origin headers on API calls and pages', async (note) => {
      const port = host.port;
      const badHosts = [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `127.0.0.1.nip.io:${port}`, `localhost.evil.example:${port}`, `[::1]:${port}`, `0.0.0.0:${port}`, `LOCALHOST:${port + 1}`];
      const badOrigins = ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://localhost.evil.example:${port}`, 'file://', `http://127.0.0.1:${port}.evil.example`];
      const lines: string[] = [];
      for (const badHost of badHosts) {
        const apiResponse = await api({ [TOKEN_HEADER]: host.token, host: badHost });
        const page = await rawRequest(host.port, { path: `/?token=${host.token}`, headers: { host: badHost } });
        expect(apiResponse.status, `API Host ${badHost}`).toBe(403);
        expect(page.status, `page Host ${badHost}`).toBe(403);
        lines.push(`Host "${badHost}" → ${apiResponse.status}/${page.status}`);
      }
      for (const origin of badOrigins) {
        const apiResponse = await api({ [TOKEN_HEADER]: host.token, origin });
        const page = await rawRequest(host.port, { path: `/?token=${host.token}`, headers: { origin } });
        expect(apiResponse.status, `API Origin ${origin}`).toBe(403);
        expect(page.status, `page Origin ${origin}`).toBe(403);
        lines.push(`Origin "${origin}" → ${apiResponse.status}/${page.status}`);
      }
      // HTTP/1.0 without any Host header, over a bare socket (an HTTP client would add one).
      const noHost = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port }, () => socket.end(`GET /?token=${host.token} HTTP/1.0\r\n\r\n`));
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
        socket.on('error', () => resolve('error'));
      });
      expect(noHost).toMatch(/ 40[03] /);
      lines.push(`no Host header → ${noHost}`);
      for (const good of [`127.0.0.1:${port}`, `localhost:${port}`]) {
        const response = await api({ [TOKEN_HEADER]: host.token, host: good, origin: `http://${good}` });
        expect(response.status, good).toBe(200);
      }
      note.cases = (badHosts.length + badOrigins.length) * 2 + 3;
      note.details = `${lines.join('; ')} (API/page); own Host and Origin (127.0.0.1 and localhost) → 200`;
    });
  });

  it('listens on loopback only', async () => {
    await measured('web-host', 'the bound address, and connection attempts on other interfaces', async (note) => {
      expect(new URL(host.url).hostname).toBe('127.0.0.1');
      const external = Object.values(os.networkInterfaces())
        .flat()
        .filter((entry): entry is os.NetworkInterfaceInfo => entry !== undefined && !entry.internal)
        .map((entry) => entry.address);
      const targets = [...external, '::1'];
      const lines: string[] = [];
      for (const address of targets) {
        const outcome = await new Promise<string>((resolve) => {
          const socket = net.connect({ host: address, port: host.port, timeout: 2000 });
          socket.once('connect', () => {
            socket.destroy();
            resolve('connected');
          });
          socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
          socket.once('timeout', () => {
            socket.destroy();
            resolve('timeout');
          });
        });
        expect(outcome, address).not.toBe('connected');
        lines.push(`${address} → ${outcome}`);
      }
      note.cases = targets.length + 1;
      note.details = `bound to ${new URL(host.url).host}; ${lines.join('; ')}`;
    });
  });

  it('sends a strict CSP and the other security headers on pages and API responses', async () => {
    await measured('web-host', 'Content-Security-Policy (parsed) and security headers on a page, an asset, an API response and an error', async (note) => {
      const page = await rawRequest(host.port, { path: `/?token=${host.token}` });
      const responses = {
        page,
        asset: await rawRequest(host.port, { path: '/assets/app.js', headers: { cookie: String(page.headers['set-cookie']).split(';')[0]! } }),
        api: await api({ [TOKEN_HEADER]: host.token }),
        unauthorized: await rawRequest(host.port, { path: '/' }),
      };
      const lines: string[] = [];
      for (const [label, response] of Object.entries(responses)) {
        const csp = String(response.headers['content-security-policy'] ?? '');
        expect(strictCspProblems(csp), label).toEqual([]);
        expect(response.headers['x-content-type-options'], label).toBe('nosniff');
        expect(String(response.headers['x-frame-options']).toUpperCase(), label).toBe('DENY');
        lines.push(`${label}: ok`);
      }
      const csp = String(page.headers['content-security-policy']);
      // The same rules for the Electron app's CSP and for the meta CSP in the built renderer, when it exists.
      expect(strictCspProblems(APP_CSP)).toEqual([]);
      const builtIndex = path.join(ROOT, 'out', 'renderer', 'index.html');
      let metaNote = 'built renderer not present';
      if (existsSync(builtIndex)) {
        const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(builtIndex, 'utf8'));
        if (meta) {
          expect(strictCspProblems(meta[1]!.replace(/frame-ancestors[^;]*;?/, '') + "; frame-ancestors 'none'")).toEqual([]);
          metaNote = `built renderer meta CSP: ${meta[1]}`;
        } else metaNote = 'built renderer has no meta CSP (the header applies)';
      }
      note.cases = Object.keys(responses).length + 2;
      note.details = `web host CSP "${csp}": script-src without unsafe-inline/unsafe-eval, object-src 'none', base-uri, frame-ancestors 'none'; nosniff and X-Frame-Options DENY on ${lines.length} kinds of response; Electron app CSP passes the same rules; ${metaNote}`;
    });
  });

  it('never serves a file outside the renderer folder', async () => {
    await measured('web-host', 'path traversal in static URLs (encoded, double-encoded, backslashes, NUL)', async (note) => {
      const cookie = `copydesk-token-${host.port}=${host.token}`;
      const paths = [
        '/../secret.txt',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/%252e%252e%252fsecret.txt',
        '/..\\secret.txt',
        '/..%5csecret.txt',
        '/assets/../../secret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
        '/secret.txt%00.js',
        '/%00',
        '/..%c0%afsecret.txt',
        '//etc/passwd',
        '/etc/passwd',
        `/${root}/secret.txt`,
        '/.%2e/secret.txt',
        '/assets/..;/..;/secret.txt',
      ];
      const lines: string[] = [];
      for (const requestPath of paths) {
        const response = await rawRequest(host.port, { path: requestPath, headers: { cookie } });
        expect(response.body, requestPath).not.toContain('SENTINEL-SECRET');
        expect(response.body, requestPath).not.toContain('root:x:0');
        lines.push(`${requestPath} → ${response.status}`);
      }
      note.cases = paths.length;
      note.details = `${paths.length} paths, none served the file outside: ${lines.join(', ')}`;
    });
  });
});
