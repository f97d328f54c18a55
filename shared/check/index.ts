/**
 * The pre-publish attribution check: what the renderer, the CLI and export
 * call. Rules live one per file in ./rules; see docs/attribution-rules.md.
 */
export { runCheck, countBySeverity, type CheckResult } from './run-check';
export { checkDraft, checkDraftWithDetection, type DraftCheckResult } from './check-draft';
export { createIncrementalChecker, type IncrementalChecker } from './incremental-checker';
export { detectByParagraph, type Detector, type DetectionCache } from './detect-by-paragraph';
export { applyOverrides, findingPassage } from './overrides';
export { checkExportedHtml, type ExportCheckOptions } from './rules/h-export';
export { CheckInputSchema, type CheckInput, type LinkedAttribution } from './check-input';
export { CheckSettingsSchema, defaultCheckSettings, type CheckSettings, type CheckSettingsInput } from './settings';
export type { Finding, Fix, SuggestedSource } from './finding';
export { ARTICLE_RULE_IDS, DEFAULT_SEVERITIES, RULE_IDS, RuleIdSchema, SEVERITIES, SeveritySchema, type RuleId, type Severity } from './rule-ids';
export { KNOWN_OUTLETS, type KnownOutlet } from './outlets/known-outlets';
