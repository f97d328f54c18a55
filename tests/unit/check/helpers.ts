import type { DetectedAttribution, Span } from '../../../shared/attribution/types';
import type { CheckInput } from '../../../shared/check/check-input';
import type { Finding } from '../../../shared/check/finding';
import type { RuleId } from '../../../shared/check/rule-ids';
import { runCheck } from '../../../shared/check/run-check';
import { articleFromPlainText } from '../../../shared/document/plain-text';
import { SourceSchema, type Source } from '../../../shared/model/source';

export type CheckOptions = Partial<Omit<CheckInput, 'article'>>;

/** Runs the whole check over plain text (paragraphs separated by blank lines). */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return runCheck({ article: articleFromPlainText(text), ...options }).findings;
}

/** The findings of one rule. */
export function findingsOf(ruleId: RuleId, text: string, options: CheckOptions = {}): Finding[] {
  return checkText(text, options).filter((finding) => finding.ruleId === ruleId);
}

/** The words each finding points at, for readable assertions. */
export function flagged(text: string, findings: readonly Finding[]): Array<string | null> {
  return findings.map((finding) => (finding.range ? text.slice(finding.range.start, finding.range.end) : null));
}

/** The span of the n-th occurrence (0-based) of some words in the text. */
export function spanOf(text: string, words: string, occurrence = 0): Span {
  let start = -1;
  for (let index = 0; index <= occurrence; index += 1) {
    start = text.indexOf(words, start + 1);
    if (start === -1) throw new Error(`"${words}" (occurrence ${occurrence}) is not in the text`);
  }
  return { start, end: start + words.length };
}

export function makeSource(fields: Partial<Source> & Pick<Source, 'id' | 'name' | 'kind'>): Source {
  return SourceSchema.parse(fields);
}

/** A detected attribution built from words of the text, as the detector would report it. */
export function detected(
  text: string,
  parts: { cue?: string; source?: string; content?: string; type: DetectedAttribution['type']; sourceName?: string },
): DetectedAttribution {
  const find = (words: string | undefined): Span | null => (words ? spanOf(text, words) : null);
  return {
    cue: find(parts.cue),
    source: find(parts.source),
    content: find(parts.content),
    type: parts.type,
    sourceName: parts.sourceName ?? parts.source ?? null,
  };
}
