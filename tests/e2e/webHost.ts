import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';
import type { ChannelName, RequestOf, ResponseOf } from '../../shared/api/channels';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_LINE = /Copydesk is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/;

export type RunningHost = {
  /** The printed address, token included. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Calls the API the way the renderer does, for setting up and checking state. */
  call: <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
  stop: () => Promise<void>;
};

/** Starts `tsx electron/web/main.ts --data DIR --port 0` on a fresh temp folder and waits for its address. */
export async function startHost(): Promise<RunningHost> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'copydesk-e2e-'));
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['electron/web/main.ts', '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`The web host did not start in 30 s.\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with code ${code} before starting.\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';

  const call = async <C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const response = await fetch(`${parsed.origin}${API_PATH_PREFIX}${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(request),
    });
    const result = (await response.json()) as ApiResult<ResponseOf<C>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };

  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    call,
    stop: async () => {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // tsx runs the host in a child process of its own: signal the whole group we started.
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
