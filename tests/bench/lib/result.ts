import type { Summary } from './stats';

export type Section = 'Engine and export' | 'Library' | 'Typing' | 'Start-up';

export interface Sample {
  /** What one value of the sample is, e.g. "run", "save", "keystroke". */
  of: string;
  summary: Summary;
}

export interface Target {
  /** As the issue states it, e.g. "p95 < 10 ms". */
  text: string;
  met: boolean;
}

/** One line of BENCHMARKS.md: a Copydesk figure, its same-run baseline, the target. */
export interface Figure {
  section: Section;
  name: string;
  unit: string;
  /** Which statistic the ratio and the target use. */
  stat: 'median' | 'p95' | 'max';
  copydesk: Sample | null;
  baseline?: { label: string; sample: Sample | null; note?: string };
  targets?: Target[];
  /** Lower is better for times and sizes; higher for throughput. */
  higherIsBetter?: boolean;
  note?: string;
  /**
   * Figures measured by two benchmark files (Copydesk in one, its baseline in
   * another process) share a key; the report joins them into one row.
   */
  key?: string;
}

/** What one benchmark file hands back to the harness. */
export interface BenchOutput {
  figures: Figure[];
  /** Facts about the inputs (article sizes, generation times) printed under the tables. */
  facts: string[];
}

export interface BenchContext {
  /** A scratch folder shared by the benchmarks of one run (generated libraries are reused). */
  runDir: string;
  /** Fewer repetitions, for trying the harness out; never used for BENCHMARKS.md. */
  quick: boolean;
}

export type Benchmark = (context: BenchContext) => Promise<BenchOutput>;

export function statOf(sample: Sample, stat: Figure['stat']): number {
  return stat === 'median' ? sample.summary.median : stat === 'p95' ? sample.summary.p95 : sample.summary.max;
}

/** Joins baseline-only figures into the Copydesk figure with the same key, so each baseline sits beside its figure. */
export function joinBaselines(figures: readonly Figure[]): Figure[] {
  const joined: Figure[] = [];
  const byKey = new Map<string, Figure>();
  for (const figure of figures) {
    const partner = figure.key ? byKey.get(figure.key) : undefined;
    if (partner && !figure.copydesk && figure.baseline && !partner.baseline) {
      partner.baseline = figure.baseline;
      continue;
    }
    const copy = { ...figure };
    if (figure.key && figure.copydesk) byKey.set(figure.key, copy);
    joined.push(copy);
  }
  return joined;
}
