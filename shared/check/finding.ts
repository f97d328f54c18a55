import type { Span } from '../attribution/types';
import type { SourceKind } from '../model/source';
import type { RuleId, Severity } from './rule-ids';

/** A source the editor can add with one click; fields the fix cannot know stay for the editor. */
export interface SuggestedSource {
  name: string;
  kind: SourceKind;
  role: string;
  url: string;
  stateAffiliated: boolean;
}

/** A structured fix: the renderer applies it, the CLI describes it. */
export type Fix =
  | { kind: 'add-source'; label: string; source: SuggestedSource }
  | { kind: 'link-passage'; label: string; sourceId: string; range: Span }
  | { kind: 'replace-text'; label: string; range: Span; replacement: string }
  | { kind: 'insert-text'; label: string; at: number; text: string }
  | { kind: 'edit-source'; label: string; sourceId: string; field: 'url' | 'role' | 'datePublished' | 'dateAccessed' | 'anonymityReason' | 'stateAffiliated' }
  | { kind: 'set-credit'; label: string; credit: string };

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** For the editor: names the words at fault and what would fix them. */
  message: string;
  /**
   * The words at fault, in article text offsets; null when the finding is
   * about the source list or the metadata rather than the text.
   */
  range: Span | null;
  /** The source record the finding is about, for findings on the source list. */
  sourceId?: string;
  fix?: Fix;
  /** Set by applyOverrides when an editor consciously accepted this finding. */
  overridden?: { reason: string; by: string; at: string };
}

/**
 * What a rule reports; the runner turns it into a Finding with the severity
 * the settings give the rule. `severityCap` lets a rule say a finding is
 * weaker than the rule's usual case (a short scare quote, an unmarked credit).
 */
export type RuleFinding = Omit<Finding, 'severity' | 'overridden'> & { severityCap?: Severity };
