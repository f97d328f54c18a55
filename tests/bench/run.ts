/**
 * `npm run bench`: builds what the browser benchmarks need, runs every
 * benchmark in its own process, and writes BENCHMARKS.md from what they
 * measured. Options:
 *   --only a,b   run these benchmarks only (ids in tests/bench/registry.ts); BENCHMARKS.md is not written unless --write
 *   --quick      fewer repetitions, to try the harness; never writes BENCHMARKS.md
 *   --write      write BENCHMARKS.md even for a partial run
 *   --keep       keep the scratch folder (generated libraries) afterwards
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeMachine, type Machine } from './lib/machine';
import { ROOT } from './lib/paths';
import { progress } from './lib/progress';
import { renderReport, type BenchRecord } from './lib/report';
import type { BenchOutput } from './lib/result';
import { BENCHMARKS, type BenchEntry } from './registry';
import { BARE_EDITOR_CONFIG, builtRendererDir, bareEditorDir } from './lib/builds';

interface Options {
  only: string[] | null;
  quick: boolean;
  write: boolean;
  keep: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { only: null, quick: false, write: false, keep: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--write') options.write = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--only') options.only = (argv[(index += 1)] ?? '').split(',').filter(Boolean);
    else if (arg.startsWith('--only=')) options.only = arg.slice('--only='.length).split(',').filter(Boolean);
    else throw new Error(`unknown option ${arg}`);
  }
  const unknown = options.only?.filter((id) => !BENCHMARKS.some((bench) => bench.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${BENCHMARKS.map((bench) => bench.id).join(', ')}`);
  return options;
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      stderr += `\nstopped after ${Math.round(timeoutMs / 60_000)} min`;
      // The benchmark's process group: its web hosts and browsers go with it.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

async function build(runDir: string): Promise<string[]> {
  const facts: string[] = [];
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  let started = Date.now();
  progress('building the renderer (npm run build:renderer)…');
  const renderer = await runProcess(process.execPath, [vite, 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], process.env, 5 * 60_000);
  if (renderer.code !== 0) throw new Error(`npm run build:renderer failed:\n${renderer.stderr}`);
  // Served from a copy, so that another build of out/renderer during the run cannot pull files from under the browser.
  cpSync(path.join(ROOT, 'out', 'renderer'), builtRendererDir(runDir), { recursive: true });
  facts.push(`Renderer built with vite.renderer.config.ts in ${((Date.now() - started) / 1000).toFixed(1)} s (out/renderer, served from a copy).`);
  started = Date.now();
  progress('building the bare Lexical editor page…');
  const bare = await runProcess(
    process.execPath,
    [vite, 'build', '--config', BARE_EDITOR_CONFIG, '--outDir', bareEditorDir(runDir), '--emptyOutDir', '--logLevel', 'warn'],
    process.env,
    3 * 60_000,
  );
  if (bare.code !== 0) throw new Error(`the bare editor build failed:\n${bare.stderr}`);
  facts.push(`Bare Lexical editor page (tests/bench/bare-editor: lexical, @lexical/rich-text, @lexical/history only) built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return facts;
}

async function runBenchmark(entry: BenchEntry, runDir: string, options: Options, startedAt: number): Promise<BenchRecord> {
  const outFile = path.join(runDir, `${entry.id}.result.json`);
  const started = Date.now();
  progress(`▶ ${entry.title}`);
  const env = { ...process.env, BENCH_RUN_DIR: runDir, BENCH_STARTED_AT: String(startedAt), BENCH_QUICK: options.quick ? '1' : '0' };
  const result = await runProcess(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('tests', 'bench', 'worker.ts'), entry.id, outFile],
    env,
    entry.timeoutMinutes * 60_000,
  );
  const seconds = (Date.now() - started) / 1000;
  if (result.code !== 0 || !existsSync(outFile)) {
    const lines = result.stderr.trim().split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
    const reason = lines.filter((line) => /error|stopped after/i.test(line)).slice(-2).join(' / ') || lines.slice(-2).join(' / ') || `exit code ${String(result.code)}`;
    progress(`✗ ${entry.title}: ${reason}`);
    return { id: entry.id, title: entry.title, seconds, figures: [], facts: [], failure: reason };
  }
  const output = JSON.parse(readFileSync(outFile, 'utf8')) as BenchOutput;
  progress(`✓ ${entry.title} (${seconds.toFixed(0)} s)`);
  return { id: entry.id, title: entry.title, seconds, ...output };
}

function writeReport(records: BenchRecord[], options: Options, machine: Machine, startedAt: number, runDir: string): void {
  const totalSeconds = (Date.now() - startedAt) / 1000;
  const report = renderReport({
    machine,
    records,
    totalSeconds,
    loadAtEnd: os.loadavg()[0] ?? 0,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  });
  const full = !options.only && !options.quick;
  if ((full || options.write) && !options.quick) {
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report);
    progress('wrote BENCHMARKS.md');
  } else {
    writeFileSync(`${runDir}.md`, report);
    progress(`partial or quick run: report written to ${runDir}.md, BENCHMARKS.md left alone`);
  }
  progress(`measured in ${Math.round(totalSeconds)} s`);
  const targets = report.split('\n## ')[2] ?? '';
  process.stdout.write(`\n## ${targets}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = Number(process.env['BENCH_STARTED_AT'] ?? Date.now());
  process.env['BENCH_STARTED_AT'] = String(startedAt);
  const machine = describeMachine();
  progress(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAtStart.toFixed(2)}`);
  const selected = BENCHMARKS.filter((bench) => !options.only || options.only.includes(bench.id));
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  const records: BenchRecord[] = [];
  try {
    if (selected.some((bench) => bench.needsBrowserBuild)) {
      const started = Date.now();
      const facts = await build(runDir);
      records.push({ id: 'build', title: 'Builds for the browser benchmarks', seconds: (Date.now() - started) / 1000, figures: [], facts });
    }
    for (const entry of selected) records.push(await runBenchmark(entry, runDir, options, startedAt));
    writeReport(records, options, machine, startedAt, runDir);
  } finally {
    // Hundreds of MiB of generated drafts; removed after the report is written.
    if (options.keep) progress(`scratch folder kept: ${runDir}`);
    else {
      progress('removing the scratch folder…');
      rmSync(runDir, { recursive: true, force: true });
    }
  }
  progress(`done in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  if (records.some((record) => record.failure)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
