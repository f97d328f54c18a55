import type { InlineFormat, InlineRun, TextRun } from './blocks';

function sameFormats(a: readonly InlineFormat[], b: readonly InlineFormat[]): boolean {
  return a.length === b.length && a.every((format) => b.includes(format));
}

/**
 * Joins neighbouring text runs with the same formatting and drops empty ones,
 * so the document does not fill with one text node per source tag.
 */
export function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (run.kind === 'text' && run.text === '') continue;
    if (run.kind === 'link') {
      const inner = mergeRuns(run.runs).filter((part): part is TextRun => part.kind === 'text');
      if (inner.length > 0) merged.push({ ...run, runs: inner });
      continue;
    }
    const previous = merged.at(-1);
    if (run.kind === 'text' && previous?.kind === 'text' && sameFormats(previous.formats, run.formats)) {
      merged[merged.length - 1] = { ...previous, text: previous.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

/** Trims whitespace at both ends of a block's runs and collapses inner runs of spaces, as a browser renders them. */
export function collapseRunSpaces(runs: readonly InlineRun[]): InlineRun[] {
  const collapsed = runs.map((run): InlineRun => {
    if (run.kind === 'text') return { ...run, text: run.text.replace(/[ \t\r\n\f\u00a0]+/g, ' ') };
    if (run.kind === 'link') return { ...run, runs: run.runs.map((part) => ({ ...part, text: part.text.replace(/[ \t\r\n\f\u00a0]+/g, ' ') })) };
    return run;
  });
  const merged = mergeRuns(collapsed);
  // Spaces around a line break and at the edges are not shown by a browser either.
  for (let index = 0; index < merged.length; index += 1) {
    const run = merged[index]!;
    if (run.kind !== 'text') continue;
    const previous = merged[index - 1];
    const next = merged[index + 1];
    let text = run.text;
    if (index === 0 || previous?.kind === 'break' || (previous?.kind === 'text' && previous.text.endsWith(' '))) text = text.replace(/^ /, '');
    if (index === merged.length - 1 || next?.kind === 'break') text = text.replace(/ $/, '');
    merged[index] = { ...run, text };
  }
  const trimmed = mergeRuns(merged);
  while (trimmed.at(-1)?.kind === 'break') trimmed.pop();
  while (trimmed[0]?.kind === 'break') trimmed.shift();
  return trimmed;
}
