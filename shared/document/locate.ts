import type { Span } from '../attribution/types';
import type { DocumentText, NodePoint, TextSegment } from './document-text';

/** Index of the first segment whose end is at or after the offset. */
function firstSegmentEndingAtOrAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.end < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where a text offset falls in the document. `affinity` decides the offsets
 * that sit between two nodes: a range's start belongs to the node after it,
 * a range's end to the node before it, so a highlight never spills over.
 * Offsets in a paragraph separator resolve to the nearest node in the
 * direction of the affinity.
 */
export function locateTextOffset(
  document: Pick<DocumentText, 'segments'>,
  offset: number,
  affinity: 'forward' | 'backward',
): NodePoint | null {
  const { segments } = document;
  if (segments.length === 0) return null;
  let index = firstSegmentEndingAtOrAfter(segments, offset);
  if (affinity === 'forward' && index < segments.length && segments[index]!.end === offset) index += 1;
  if (affinity === 'forward') {
    const segment = segments[index];
    if (!segment) return pointAtEnd(segments[segments.length - 1]!);
    return { path: segment.path, offset: nodeOffset(segment, Math.max(offset, segment.start)) };
  }
  const segment = segments[index];
  if (segment && segment.start < offset) return { path: segment.path, offset: nodeOffset(segment, offset) };
  const before = segments[index - 1];
  if (before) return pointAtEnd(before);
  return { path: segments[0]!.path, offset: 0 };
}

function nodeOffset(segment: TextSegment, offset: number): number {
  return Math.min(offset, segment.end) - segment.start;
}

function pointAtEnd(segment: TextSegment): NodePoint {
  return { path: segment.path, offset: segment.end - segment.start };
}

/** The editor selection that covers a range of article text: what a finding highlights. */
export function textRangeToNodeRange(
  document: Pick<DocumentText, 'segments'>,
  range: Span,
): { anchor: NodePoint; focus: NodePoint } | null {
  const anchor = locateTextOffset(document, range.start, 'forward');
  const focus = locateTextOffset(document, range.end, range.end > range.start ? 'backward' : 'forward');
  return anchor && focus ? { anchor, focus } : null;
}
