import { CheckInputSchema, type CheckInput } from './check-input';
import type { Finding, RuleFinding } from './finding';
import { buildRuleContext } from './rule-context';
import { ARTICLE_RULE_IDS, DEFAULT_SEVERITIES, milderSeverity, severityRank, type Severity } from './rule-ids';
import { ARTICLE_RULES } from './rules';
import type { CheckSettings } from './settings';

export interface CheckResult {
  /** In reading order; findings about the source list (no range) come last. */
  findings: Finding[];
  counts: Record<Severity, number>;
}

/**
 * The pre-publish check: runs every enabled rule over the whole article and
 * gives each finding the severity the newsroom's settings assign its rule.
 * Pure and synchronous: the renderer runs it while typing, the CLI and
 * export before publishing.
 */
export function runCheck(input: CheckInput): CheckResult {
  const parsed = CheckInputSchema.parse(input);
  const context = buildRuleContext(parsed);
  const disabled = new Set(parsed.settings.disabledRules);
  return finishCheck(
    ARTICLE_RULE_IDS.filter((id) => !disabled.has(id)).flatMap((id) => ARTICLE_RULES[id](context)),
    parsed.settings,
  );
}

/** The rules' findings, in rule order, as the check reports them: with their severities, in reading order. */
export function finishCheck(ruleFindings: readonly RuleFinding[], settings: CheckSettings): CheckResult {
  return inReadingOrderWithCounts(ruleFindings.map((finding) => withSeverity(finding, settings)));
}

/** Sorts findings in rule order into reading order (stable: findings at one place keep rule order) and counts them. */
export function inReadingOrderWithCounts(findings: Finding[]): CheckResult {
  findings.sort(inReadingOrder);
  return { findings, counts: countBySeverity(findings) };
}

export function withSeverity({ severityCap, ...finding }: RuleFinding, settings: CheckSettings): Finding {
  const configured = settings.severities[finding.ruleId] ?? DEFAULT_SEVERITIES[finding.ruleId];
  return { ...finding, severity: severityCap ? milderSeverity(configured, severityCap) : configured };
}

function inReadingOrder(a: Finding, b: Finding): number {
  const startA = a.range?.start ?? Number.POSITIVE_INFINITY;
  const startB = b.range?.start ?? Number.POSITIVE_INFINITY;
  return startA - startB || severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (!finding.overridden) counts[finding.severity] += 1;
  return counts;
}
