import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from '../../../electron/web/server';
import type { WebHost } from '../../../electron/web/server';
import { DataFolderInUseError } from '../../../electron/services/data-folder-lock';
import { TOKEN_HEADER } from '../../../shared/api/bridge';
import type { Draft } from '../../../shared/model/draft';
import { MemoryStore } from '../services/test-helpers';
import { rawRequest } from '../../support/http-client';
import { useTempDir } from '../helpers/temp-dir';

const TOKEN = 'test-token-0123456789abcdef';
const MAX_BYTES = 64 * 1024;
const root = useTempDir({ prefix: 'copydesk-web-', scope: 'all' });
let host: WebHost;

beforeAll(async () => {
  const staticDir = path.join(root(), 'renderer');
  await fsp.mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title><div id="root"></div>');
  await fsp.writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  await fsp.writeFile(path.join(root(), 'secret.txt'), 'TOP SECRET');
  await fsp.symlink(path.join(root(), 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  host = await startWebHost({
    dataDir: path.join(root(), 'data'),
    staticDir,
    token: TOKEN,
    preferencesStore: new MemoryStore(),
    maxRequestBytes: MAX_BYTES,
    log: () => {},
    logError: () => {},
  });
});

afterAll(async () => {
  await host.close();
});

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('web host: API', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('creates, saves, opens and lists a draft over real HTTP', async () => {
    const created = await api('drafts.create', { meta: { headline: 'Over HTTP' } });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const draft = (JSON.parse(created.body) as { value: Draft }).value;
    const save = { id: draft.id, baseRevision: 0, meta: draft.meta, sources: [], content: draft.content, status: 'ready', checkOverrides: [] };
    expect(JSON.parse((await api('drafts.save', save)).body)).toMatchObject({ ok: true, value: { revision: 1 } });
    const stale = await api('drafts.save', save);
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body)).toMatchObject({ ok: false, error: { code: 'conflict', details: { currentRevision: 1 } } });
    expect(JSON.parse((await api('drafts.open', { id: draft.id })).body)).toMatchObject({ ok: true, value: { status: 'ready' } });
    const list = JSON.parse((await api('drafts.list', {})).body) as { value: { drafts: Array<{ id: string }> } };
    expect(list.value.drafts.map((summary) => summary.id)).toContain(draft.id);
  });

  it('answers a missing draft with 404 and its ApiResult', async () => {
    const response = await api('drafts.open', { id: 'missing' });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('requires the token header', async () => {
    expect((await api('prefs.get', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect((await api('prefs.get', {}, { [TOKEN_HEADER]: 'wrong-token-0123456789' })).status).toBe(401);
    const noHeader = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/prefs.get',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noHeader.status).toBe(401);
    expect(JSON.parse(noHeader.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('prefs.get', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('prefs.get', {}, { host: '127.0.0.1:1' })).status).toBe(403);
    expect((await api('prefs.get', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('prefs.get', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('prefs.get', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await api('prefs.get', {}, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` })).status).toBe(200);
    const page = await rawRequest(host.port, { path: `/?token=${TOKEN}`, headers: { host: `attacker.test:${host.port}` } });
    expect(page.status).toBe(403);
  });

  it('refuses bodies over the limit with 413', async () => {
    const big = JSON.stringify({ meta: { headline: 'x'.repeat(MAX_BYTES) } });
    const response = await api('drafts.create', big);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers malformed JSON and invalid requests with 400, naming the field', async () => {
    expect((await api('drafts.open', '{"id": ')).status).toBe(400);
    const invalid = await api('drafts.open', { id: '../etc/passwd' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toContain('id:');
  });

  it('answers an unknown channel with 404, GET with 405 and a non-JSON body with 415', async () => {
    expect((await api('drafts.explode', {})).status).toBe(404);
    expect((await rawRequest(host.port, { path: '/api/prefs.get', headers: { [TOKEN_HEADER]: TOKEN } })).status).toBe(405);
    expect((await api('prefs.get', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('sends the security headers on API responses too', async () => {
    const response = await api('prefs.get', {});
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('web host: one writer per data folder', () => {
  it('refuses to start a second host on the same data folder while the first runs, and allows it after close', async () => {
    const options = {
      dataDir: path.join(root(), 'locked-data'),
      preferencesStore: new MemoryStore(),
      lockDataFolder: true,
      log: () => {},
      logError: () => {},
    };
    const first = await startWebHost(options);
    await expect(startWebHost(options)).rejects.toBeInstanceOf(DataFolderInUseError);
    await first.close();
    const second = await startWebHost(options);
    await second.close();
  });
});

describe('web host: static files', () => {
  it('refuses a page without the token', async () => {
    const response = await rawRequest(host.port, { path: '/' });
    expect(response.status).toBe(401);
    expect(response.body).not.toContain('Copydesk</title>');
  });

  it('serves the app with the token, sets an HttpOnly SameSite=Strict cookie and a strict CSP', async () => {
    const response = await rawRequest(host.port, { path: `/?token=${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Copydesk</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = response.headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('serves assets and client-side routes to a browser holding the cookie', async () => {
    const cookie = `copydesk-token-${host.port}=${TOKEN}`;
    const script = await rawRequest(host.port, { path: '/assets/app.js', headers: { cookie } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("app");');
    const route = await rawRequest(host.port, { path: '/library/some-draft', headers: { cookie } });
    expect(route.body).toContain('<title>Copydesk</title>');
    expect((await rawRequest(host.port, { path: '/assets/missing.js', headers: { cookie } })).status).toBe(404);
    const wrongCookie = await rawRequest(host.port, { path: '/assets/app.js', headers: { cookie: `copydesk-token-${host.port}=nope` } });
    expect(wrongCookie.status).toBe(401);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never serves anything outside the renderer folder: %s', async (attempt) => {
    const response = await rawRequest(host.port, { path: attempt, headers: { cookie: `copydesk-token-${host.port}=${TOKEN}` } });
    expect(response.body).not.toContain('TOP SECRET');
    expect([400, 404, 200]).toContain(response.status);
    if (response.status === 200) expect(response.body).toContain('<title>Copydesk</title>');
  });

  it('refuses methods other than GET and HEAD for pages', async () => {
    const response = await rawRequest(host.port, { method: 'DELETE', path: `/?token=${TOKEN}` });
    expect(response.status).toBe(405);
  });
});
