import { summarize } from './stats';
import type { Sample } from './result';

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = (): number => performance.now();

/** Times `work` `runs` times after `warmup` untimed calls; one value per call, in ms. */
export async function timeRuns(runs: number, warmup: number, work: (index: number) => unknown): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await work(-1 - index);
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = now();
    await work(index);
    times.push(now() - started);
  }
  return times;
}

export function sample(of: string, values: readonly number[]): Sample {
  return { of, summary: summarize(values) };
}

/** Lets the garbage collector run between measurements when node runs with --expose-gc. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export const formatInt = (value: number): string => Math.round(value).toLocaleString('en-GB');
