import { spawn } from 'node:child_process';
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../support/http-client';
import { removeTempDir, useTempDir } from '../helpers/temp-dir';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const TOKEN = 'built-host-token-1234';
const dataDir = useTempDir({ scope: 'all' });
let outDir: string;

beforeAll(async () => {
  // Inside the repository: the build leaves its dependencies in node_modules, found from where main.js is.
  await fsp.mkdir(path.join(repoRoot, 'out'), { recursive: true });
  outDir = await fsp.mkdtemp(path.join(repoRoot, 'out', 'web-test-'));
  await build({ configFile: path.join(repoRoot, 'electron/web/vite.web.config.ts'), build: { outDir }, logLevel: 'silent' });
}, 120_000);
afterAll(async () => {
  await removeTempDir(outDir);
});

async function call(port: number, channel: string, body: unknown): Promise<{ ok: boolean; value?: Record<string, unknown> }> {
  const response = await rawRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-copydesk-token': TOKEN },
    body: JSON.stringify(body),
  });
  return JSON.parse(response.body) as { ok: boolean; value?: Record<string, unknown> };
}

describe('the web host built by electron/web/vite.web.config.ts', () => {
  it('starts with plain node, saves and lists drafts, imports a web page through its reader worker, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(outDir, 'main.js'), '--data', dataDir(), '--token', TOKEN], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /^Copydesk is running at http:\/\/127\.0\.0\.1:(\d+)\//m.exec(stdout);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', () => reject(new Error(`exited before printing the address: ${stdout}${stderr}`)));
    });

    const created = await call(port, 'drafts.create', { meta: { headline: 'Built host' } });
    expect(created).toMatchObject({ ok: true, value: { revision: 0 } });
    const page = `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>${'The council approved the budget on Monday, the mayor said. '.repeat(20)}</p></article></body></html>`;
    const imported = await call(port, 'import.files', { files: [{ name: 'page.html', contentBase64: Buffer.from(page).toString('base64') }] });
    expect(imported).toMatchObject({ ok: true, value: { results: [{ ok: true, headline: 'Council approves budget' }] } });
    const listed = await call(port, 'drafts.list', {});
    expect((listed.value?.['drafts'] as Array<{ headline: string }>).map((draft) => draft.headline).sort()).toEqual(['Built host', 'Council approves budget']);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
