import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../../shared/api/bridge';
import type { ApiResult } from '../../../shared/api/errors';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/api/channels';
import { now } from './measure';
import { BENCH_DIR, ROOT } from './paths';
import { builtHostMain, type HostRunner } from './host-build';

/** The scratch folder of this benchmark run (set by tests/bench/run.ts). */
function benchRunDir(): string {
  const runDir = process.env['BENCH_RUN_DIR'];
  if (!runDir) throw new Error('BENCH_RUN_DIR is not set: run benchmarks through npm run bench');
  return runDir;
}

const READY_LINE = /Copydesk is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/;

export interface BenchHost {
  url: string;
  origin: string;
  pid: number;
  /** performance.now() in this process when the host was spawned, and when it printed its address. */
  spawnedAt: number;
  readyAt: number;
  /** Calls one API channel over HTTP; `body` may be given pre-serialized so serialization stays out of a timing. */
  call<C extends ChannelName>(channel: C, request: RequestOf<C> | { json: string }): Promise<ResponseOf<C>>;
  /** Resident and peak resident memory of the host process, in MiB (Linux /proc). */
  memory(): { rssMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

/**
 * Starts the web host on `dataDir` in a process of its own: by default the
 * built tests/bench/lib/host-main.ts run by plain node (see host-build.ts), or
 * `node --import tsx tests/bench/lib/host-main.ts` with runner 'tsx'.
 */
export async function startHost(dataDir: string, staticDir?: string, runner: HostRunner = 'built'): Promise<BenchHost> {
  const entry = runner === 'built' ? [await builtHostMain(benchRunDir())] : ['--import', 'tsx', path.join(BENCH_DIR, 'lib', 'host-main.ts')];
  const spawnedAt = now();
  const child = spawn(process.execPath, [...entry, '--data', dataDir, ...(staticDir ? ['--static', staticDir] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the web host did not start in 120 s\n${stderr}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with code ${String(code)}\n${stderr}`));
    });
  });
  const readyAt = now();
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const pid = child.pid!;
  return {
    url,
    origin: parsed.origin,
    pid,
    spawnedAt,
    readyAt,
    async call(channel, request) {
      const body = 'json' in (request as object) ? (request as { json: string }).json : JSON.stringify(request);
      const response = await fetch(`${parsed.origin}${API_PATH_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
      });
      const result = (await response.json()) as ApiResult<ResponseOf<typeof channel>>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
      return { rssMiB: field('VmRSS'), peakMiB: field('VmHWM') };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
