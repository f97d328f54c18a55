/**
 * Runs one benchmark in a process of its own (so one benchmark's JIT state,
 * heap and open handles never colour the next one) and writes its output as
 * JSON: `node --import tsx tests/bench/worker.ts <id> <output.json>`.
 */
import { writeFileSync } from 'node:fs';
import { BENCHMARKS } from './registry';

async function main(): Promise<void> {
  const [id, outFile] = process.argv.slice(2);
  const entry = BENCHMARKS.find((bench) => bench.id === id);
  if (!entry || !outFile) throw new Error(`usage: worker.ts <${BENCHMARKS.map((bench) => bench.id).join('|')}> <output.json>`);
  const runDir = process.env['BENCH_RUN_DIR'];
  if (!runDir) throw new Error('BENCH_RUN_DIR is not set: run benchmarks through tests/bench/run.ts');
  const bench = await entry.load();
  const output = await bench({ runDir, quick: process.env['BENCH_QUICK'] === '1' });
  writeFileSync(outFile, JSON.stringify(output));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
