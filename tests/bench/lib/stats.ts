/** Summary statistics of a sample of measurements (all in the sample's own unit). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range: p75 - p25. */
  iqr: number;
  p50: number;
  p25: number;
  p75: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('cannot summarise an empty sample');
  for (const value of values) if (!Number.isFinite(value)) throw new Error(`not a finite measurement: ${value}`);
  return [...values].sort((a, b) => a - b);
}

/** Percentile by linear interpolation between closest ranks (the "R-7" definition, as numpy's default). */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile out of range: ${p}`);
  const ordered = sorted(values);
  return percentileOfSorted(ordered, p);
}

function percentileOfSorted(ordered: readonly number[], p: number): number {
  const rank = (p / 100) * (ordered.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = ordered[low]!;
  const highValue = ordered[high]!;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function summarize(values: readonly number[]): Summary {
  const ordered = sorted(values);
  const p25 = percentileOfSorted(ordered, 25);
  const p75 = percentileOfSorted(ordered, 75);
  const p50 = percentileOfSorted(ordered, 50);
  return {
    n: ordered.length,
    median: p50,
    p50,
    p95: percentileOfSorted(ordered, 95),
    min: ordered[0]!,
    max: ordered[ordered.length - 1]!,
    iqr: p75 - p25,
    p25,
    p75,
  };
}
