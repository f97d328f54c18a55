import { defaultDetector } from './model';
import type { DetectedAttribution } from './types';

export type { AttributionType, DetectedAttribution, Span } from './types';
export { detectRegexBaseline } from './regex-baseline';

/**
 * Finds attributions in plain text: each cue ("said", "according to", "was
 * quoted as saying") with its source and content as UTF-16 spans of `text`,
 * the attribution's type, and the name its source refers to.
 */
export function detectAttributions(text: string): DetectedAttribution[] {
  return defaultDetector()(text);
}
