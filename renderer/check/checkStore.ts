/**
 * The live pre-publish check of one open draft. The check is shared/check's,
 * with an incremental checker so typing re-detects only the paragraphs that
 * changed; runs are debounced and then wait for an idle moment, so a burst of
 * keystrokes costs one check and never delays the keystrokes themselves.
 * The draft's overrides live here (they are part of what the check reads)
 * and the draft session saves them from here.
 */
import { createIncrementalChecker } from '../../shared/check/incremental-checker';
import type { IncrementalChecker } from '../../shared/check/incremental-checker';
import type { Detector } from '../../shared/check/detect-by-paragraph';
import type { DraftCheckResult } from '../../shared/check/check-draft';
import type { Finding } from '../../shared/check/finding';
import { findingPassage } from '../../shared/check/overrides';
import type { CheckSettingsInput } from '../../shared/check/settings';
import type { CheckOverride, Draft } from '../../shared/model/draft';

export const CHECK_DEBOUNCE_MS = 300;
/** An idle moment may never come on a busy page; the check then runs anyway. */
const IDLE_TIMEOUT_MS = 700;

/** The draft as the editor holds it now, overrides aside. */
/**
 * `check=off` in the page's query string (`…/?check=off#draft=…`) turns the
 * live check off: nothing is checked while typing, and the panel says so. The
 * gates (move to ready, export) still check the draft at once (runNow), so
 * nothing they enforce changes. No menu or preference sets it: it exists so
 * the typing benchmark can measure what the live check costs a keystroke
 * (tests/bench/typing), with everything else the same.
 */
export function liveCheckFromQuery(search: string): boolean {
  return new URLSearchParams(search).get('check') !== 'off';
}

export type DraftReader = () => Omit<Draft, 'checkOverrides'>;

export type CheckState = {
  result: DraftCheckResult | null;
  overrides: readonly CheckOverride[];
  /** Set when a move to ready or an export was refused: the findings that stopped it. */
  refusal: { action: string; findings: readonly RefusedFinding[]; message?: string } | null;
};

export type RefusedFinding = { ruleId: string; message: string; passage: string };

export class CheckStore {
  private state: CheckState;
  private readonly listeners = new Set<() => void>();
  private readonly checker: IncrementalChecker;
  private readDraft: DraftReader | null = null;
  private settings: CheckSettingsInput = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  /** Tells the draft session that the overrides changed, so autosave picks them up. */
  private onOverridesChanged: () => void = () => undefined;

  /** False when the live check is off (`?check=off`): schedule() does nothing; runNow() still checks. */
  readonly live: boolean;

  /** `detect` is the attribution detector; tests pass a counting one. */
  constructor(overrides: readonly CheckOverride[], detect?: Detector, options: { live?: boolean } = {}) {
    this.state = { result: null, overrides, refusal: null };
    this.checker = createIncrementalChecker(detect);
    this.live = options.live ?? true;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): CheckState => this.state;

  /** For the draft session's saves. */
  readonly overrides = (): CheckOverride[] => [...this.state.overrides];

  attach(readDraft: DraftReader, onOverridesChanged: () => void): () => void {
    this.readDraft = readDraft;
    this.onOverridesChanged = onOverridesChanged;
    return () => {
      this.cancel();
      this.readDraft = null;
      this.onOverridesChanged = () => undefined;
    };
  }

  setSettings(settings: CheckSettingsInput): void {
    this.settings = settings;
    this.schedule();
  }

  /** Asks for a check soon: after the debounce, in an idle moment. */
  readonly schedule = (): void => {
    this.cancel();
    if (!this.live) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(
          () => {
            this.idle = null;
            this.runNow();
          },
          { timeout: IDLE_TIMEOUT_MS },
        );
      } else {
        this.runNow();
      }
    }, CHECK_DEBOUNCE_MS);
  };

  /** Checks at once: the gate must judge the draft as it is, not as it was 300 ms ago. */
  runNow(): DraftCheckResult | null {
    this.cancel();
    if (!this.readDraft) return this.state.result;
    const draft: Draft = { ...this.readDraft(), checkOverrides: [...this.state.overrides] };
    this.setState({ result: this.checker.checkDraft(draft, this.settings) });
    return this.state.result;
  }

  /** Error-level findings neither fixed nor overridden, as of now. */
  blockingNow(): RefusedFinding[] {
    const result = this.runNow();
    if (!result) return [];
    return result.findings
      .filter((finding) => finding.severity === 'error' && !finding.overridden)
      .map((finding) => ({ ruleId: finding.ruleId, message: finding.message, passage: this.passageOf(finding) }));
  }

  passageOf(finding: Finding): string {
    const result = this.state.result;
    if (!result || !this.readDraft) return '';
    return findingPassage(finding, result.document.text, this.readDraft().sources);
  }

  override(finding: Finding, reason: string, by: string, at: Date): void {
    const passage = this.passageOf(finding);
    const others = this.state.overrides.filter((entry) => !(entry.ruleId === finding.ruleId && entry.passage === passage));
    this.setState({ overrides: [...others, { ruleId: finding.ruleId, passage, reason: reason.trim(), by, at: at.toISOString() }] });
    this.onOverridesChanged();
    this.runNow();
  }

  removeOverride(finding: Finding): void {
    const passage = this.passageOf(finding);
    this.setState({ overrides: this.state.overrides.filter((entry) => !(entry.ruleId === finding.ruleId && entry.passage === passage)) });
    this.onOverridesChanged();
    this.runNow();
  }

  /** `message` is the service's own words when it refused what the live check let through. */
  refuse(action: string, findings: readonly RefusedFinding[], message?: string): void {
    this.setState({ refusal: { action, findings, ...(message === undefined ? {} : { message }) } });
  }

  dismissRefusal(): void {
    if (this.state.refusal) this.setState({ refusal: null });
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.idle !== null) cancelIdleCallback(this.idle);
    this.timer = null;
    this.idle = null;
  }

  private setState(patch: Partial<CheckState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
