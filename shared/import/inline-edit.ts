import type { InlineRun } from './blocks';

/**
 * Removes the first `count` characters of visible text from a run list,
 * keeping the formatting and links of what remains. Used when a rule takes a
 * prefix (a dateline) out of a paragraph rather than the whole paragraph.
 */
export function dropLeadingText(runs: readonly InlineRun[], count: number): InlineRun[] {
  let left = count;
  const result: InlineRun[] = [];
  for (const run of runs) {
    if (left <= 0) {
      result.push(run);
    } else if (run.kind === 'break') {
      left -= 1;
    } else if (run.kind === 'text') {
      if (run.text.length > left) result.push({ ...run, text: run.text.slice(left) });
      left -= run.text.length;
    } else {
      const inner = dropLeadingText(run.runs, left);
      left -= run.runs.reduce((sum, part) => sum + part.text.length, 0);
      const kept = inner.filter((part) => part.kind === 'text');
      if (kept.length > 0) result.push({ ...run, runs: kept });
    }
  }
  return result;
}
