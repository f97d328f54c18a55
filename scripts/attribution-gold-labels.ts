/**
 * Turns gold spans into the tagger's per-token labels. Nested spans of one
 * role (a quote inside a longer content) are merged into the outermost one,
 * because a head can only mark one span per token.
 */
import { BEGIN, INSIDE, ROLES } from '../shared/attribution/labels';
import type { LabelSequences } from '../shared/attribution/tagger';
import type { Token } from '../shared/attribution/tokens';
import type { Span } from '../shared/attribution/types';
import type { GoldAttribution } from './attribution-corpus';

export function goldLabels(tokens: Token[], attributions: GoldAttribution[]): LabelSequences {
  return ROLES.map((role) => {
    const labels = new Uint8Array(tokens.length);
    const spans = attributions.map((a) => a[role]).filter((s): s is Span => s !== null && s.end > s.start);
    for (const span of outermost(spans)) {
      let first = true;
      for (let i = firstTokenAtOrAfter(tokens, span.start); i < tokens.length && tokens[i]!.start < span.end; i++) {
        labels[i] = first ? BEGIN : INSIDE;
        first = false;
      }
    }
    return labels;
  });
}

function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Span[] = [];
  for (const span of sorted) {
    const last = result[result.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else result.push({ ...span });
  }
  return result;
}

function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
