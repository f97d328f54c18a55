import type { CheckOverride } from '../model/draft';
import type { Source } from '../model/source';
import type { Finding } from './finding';

/**
 * The words an override is pinned to: the text at the finding's range, or,
 * for a finding about the source list, the source's name. When they change,
 * the override no longer matches and the finding comes back.
 */
export function findingPassage(finding: Finding, text: string, sources: readonly Source[]): string {
  if (finding.range) return text.slice(finding.range.start, finding.range.end);
  return sources.find((source) => source.id === finding.sourceId)?.name ?? '';
}

/** Marks findings an editor consciously accepted: same rule, same words. */
export function applyOverrides(
  findings: readonly Finding[],
  text: string,
  sources: readonly Source[],
  overrides: readonly CheckOverride[],
): Finding[] {
  if (overrides.length === 0) return [...findings];
  return findings.map((finding) => {
    const passage = findingPassage(finding, text, sources);
    const override = overrides.find((candidate) => candidate.ruleId === finding.ruleId && candidate.passage === passage);
    return override ? { ...finding, overridden: { reason: override.reason, by: override.by, at: override.at } } : finding;
  });
}
