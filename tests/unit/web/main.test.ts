import { spawn } from 'node:child_process';
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../../support/http-client';
import { useTempDir } from '../helpers/temp-dir';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = useTempDir();

describe('npm run web entry point', () => {
  it('prints the address line once, serves the API, and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'electron/web/main.ts'), '--data', dataDir(), '--token', 'entry-point-token-123'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /^Copydesk is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=entry-point-token-123)$/m.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`exited before printing the address: ${stdout}`)));
    });
    const port = Number(new URL(url).port);
    const response = await rawRequest(port, {
      method: 'POST',
      path: '/api/drafts.list',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': 'entry-point-token-123' },
      body: '{}',
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { drafts: [], readOnly: false } });

    // A second host on the same folder is refused: two writers could both turn revision 5 into 6.
    const second = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron/web/main.ts'), '--data', dataDir()], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondStderr = '';
    second.stderr.setEncoding('utf8');
    second.stderr.on('data', (chunk: string) => (secondStderr += chunk));
    second.stdout.resume();
    expect(await new Promise<number | null>((resolve) => second.on('exit', (code) => resolve(code)))).toBe(1);
    expect(secondStderr).toMatch(/Another Copydesk .* is using the data folder/);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([`Copydesk is running at ${url}`]);
    expect((await fsp.readdir(dataDir())).includes('.copydesk.lock')).toBe(false);
  }, 120_000);
});
