import type { Span } from '../../attribution/types';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function shiftSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
