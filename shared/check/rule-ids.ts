import { z } from 'zod';

/** The rules of attribution-rules.md, in its order. Ids are stable: overrides and settings refer to them. */
export const ARTICLE_RULE_IDS = [
  'Q-SPEAKER', 'Q-EARLY', 'Q-ONESPEAKER', 'Q-VERBATIM', 'Q-SECONDHAND',
  'S-OUTLET', 'S-UNLINKED', 'S-VAGUE', 'S-UNCONFIRMED',
  'A-ANON-DESC', 'A-PLURAL', 'A-SINGLE',
  'V-NEUTRAL', 'N-FIRSTREF', 'M-STATE', 'C-SYNDICATION',
  'SRC-UNUSED', 'SRC-INCOMPLETE',
] as const;

/** H-EXPORT checks the exported HTML, not the article, so it runs at export time. */
export const RULE_IDS = [...ARTICLE_RULE_IDS, 'H-EXPORT'] as const;

export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;
export type ArticleRuleId = (typeof ARTICLE_RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Defaults from the rules table; a newsroom changes them in its settings. */
export const DEFAULT_SEVERITIES: Record<RuleId, Severity> = {
  'Q-SPEAKER': 'error',
  'Q-EARLY': 'warning',
  'Q-ONESPEAKER': 'warning',
  'Q-VERBATIM': 'error',
  'Q-SECONDHAND': 'warning',
  'S-OUTLET': 'error',
  'S-UNLINKED': 'info',
  'S-VAGUE': 'warning',
  'S-UNCONFIRMED': 'info',
  'A-ANON-DESC': 'warning',
  'A-PLURAL': 'warning',
  'A-SINGLE': 'info',
  'V-NEUTRAL': 'info',
  'N-FIRSTREF': 'warning',
  'M-STATE': 'warning',
  'C-SYNDICATION': 'error',
  'SRC-UNUSED': 'info',
  'SRC-INCOMPLETE': 'warning',
  'H-EXPORT': 'error',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The milder of two severities: a rule may cap how loud one of its findings can be. */
export function milderSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
