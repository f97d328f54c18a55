/**
 * The live pre-publish check of one open draft. The check itself runs in the
 * session's check worker (renderer/worker), so typing never waits for it;
 * runs are debounced and then wait for an idle moment, so a burst of
 * keystrokes costs one snapshot of the draft and one request. Each request
 * is numbered and only the latest one's result is shown. The draft's
 * overrides live here (they are part of what the check reads) and the draft
 * session saves them from here.
 */
import type { DraftCheckResult } from '../../shared/check/check-draft';
import type { Finding } from '../../shared/check/finding';
import { findingPassage } from '../../shared/check/overrides';
import type { CheckSettingsInput } from '../../shared/check/settings';
import type { CheckOverride, Draft } from '../../shared/model/draft';
import type { Source } from '../../shared/model/source';

export const CHECK_DEBOUNCE_MS = 300;
/** An idle moment may never come on a busy page; the check then runs anyway. */
const IDLE_TIMEOUT_MS = 700;

/**
 * `check=off` in the page's query string (`…/?check=off#draft=…`) turns the
 * live check off: nothing is checked while typing, and the panel says so. The
 * gates (move to ready, export) still check the draft at once (checkNow), so
 * nothing they enforce changes. No menu or preference sets it: it exists so
 * the typing benchmark can measure what the live check costs a keystroke
 * (tests/bench/typing), with everything else the same.
 */
export function liveCheckFromQuery(search: string): boolean {
  return new URLSearchParams(search).get('check') !== 'off';
}

/** The draft as the editor holds it now, overrides aside. */
export type DraftReader = () => Omit<Draft, 'checkOverrides'>;

/** What checks a draft: the session's check worker in the app, its handler in-process in tests. */
export type DraftChecker = { check(draft: Draft, settings: CheckSettingsInput): Promise<DraftCheckResult> };

export type CheckState = {
  result: DraftCheckResult | null;
  /** Why the latest check could not run, for the panel; null once a check succeeds. */
  failure: string | null;
  overrides: readonly CheckOverride[];
  /** Set when a move to ready or an export was refused: the findings that stopped it. */
  refusal: { action: string; findings: readonly RefusedFinding[]; message?: string } | null;
};

export type RefusedFinding = { ruleId: string; message: string; passage: string };

export class CheckStore {
  private state: CheckState;
  private readonly listeners = new Set<() => void>();
  private readonly checker: DraftChecker;
  /** The number of the latest check asked for: older answers are stale and not shown. */
  private latestRequest = 0;
  private readDraft: DraftReader | null = null;
  /** The sources of the draft the shown result judged: a finding's passage is read against them, not against a fresh (costly) snapshot. */
  private resultSources: readonly Source[] = [];
  private settings: CheckSettingsInput = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: number | null = null;
  /** Tells the draft session that the overrides changed, so autosave picks them up. */
  private onOverridesChanged: () => void = () => undefined;

  /** False when the live check is off (`?check=off`): schedule() does nothing; checkNow() still checks. */
  readonly live: boolean;

  constructor(overrides: readonly CheckOverride[], checker: DraftChecker, options: { live?: boolean } = {}) {
    this.state = { result: null, failure: null, overrides, refusal: null };
    this.checker = checker;
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

  /** Asks for a check soon: after the debounce, in an idle moment (reading the draft out of the editor is main-thread work). */
  readonly schedule = (): void => {
    this.cancel();
    if (!this.live) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(
          () => {
            this.idle = null;
            this.refresh();
          },
          { timeout: IDLE_TIMEOUT_MS },
        );
      } else {
        this.refresh();
      }
    }, CHECK_DEBOUNCE_MS);
  };

  /** Checks now and shows the result; a failure is shown in the panel. */
  readonly refresh = (): void => {
    this.checkNow().catch(() => undefined);
  };

  /**
   * Checks the draft as the editor holds it at this moment. The result is
   * shown unless a newer check was asked for meanwhile; either way the caller
   * gets the verdict on the draft it sent: the gates judge the draft as it is,
   * not as it was at the last debounced check.
   */
  async checkNow(): Promise<DraftCheckResult> {
    return (await this.checkCurrentDraft()).result;
  }

  /** Error-level findings neither fixed nor overridden, as of now. */
  async blockingNow(): Promise<RefusedFinding[]> {
    const { draft, result } = await this.checkCurrentDraft();
    return result.findings
      .filter((finding) => finding.severity === 'error' && !finding.overridden)
      .map((finding) => ({ ruleId: finding.ruleId, message: finding.message, passage: findingPassage(finding, result.document.text, draft.sources) }));
  }

  private async checkCurrentDraft(): Promise<{ draft: Draft; result: DraftCheckResult }> {
    this.cancel();
    if (!this.readDraft) throw new Error('The draft is not open in the editor.');
    const draft: Draft = { ...this.readDraft(), checkOverrides: [...this.state.overrides] };
    const request = ++this.latestRequest;
    try {
      const result = await this.checker.check(draft, this.settings);
      if (request === this.latestRequest) {
        this.resultSources = draft.sources;
        this.setState({ result, failure: null });
      }
      return { draft, result };
    } catch (error) {
      if (request === this.latestRequest) this.setState({ failure: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /**
   * The gate of a move to ready or an export: true when the draft as it is
   * now has no unresolved errors. Otherwise the refusal is shown, listing
   * them; a check that cannot run refuses too, since nothing vouches for the draft.
   */
  async clearsGate(action: string): Promise<boolean> {
    let blocking: RefusedFinding[];
    try {
      blocking = await this.blockingNow();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.refuse(action, [], `The check could not run, so nothing confirms the draft is clear: ${reason}`);
      return false;
    }
    if (blocking.length > 0) {
      this.refuse(action, blocking);
      return false;
    }
    this.dismissRefusal();
    return true;
  }

  /** The words a shown finding is about. Called for every finding on every render of the panel, so it reads no snapshot of the editor. */
  passageOf(finding: Finding): string {
    const result = this.state.result;
    return result ? findingPassage(finding, result.document.text, this.resultSources) : '';
  }

  override(finding: Finding, reason: string, by: string, at: Date): void {
    const passage = this.passageOf(finding);
    const others = this.state.overrides.filter((entry) => !(entry.ruleId === finding.ruleId && entry.passage === passage));
    this.setState({ overrides: [...others, { ruleId: finding.ruleId, passage, reason: reason.trim(), by, at: at.toISOString() }] });
    this.onOverridesChanged();
    this.refresh();
  }

  removeOverride(finding: Finding): void {
    const passage = this.passageOf(finding);
    this.setState({ overrides: this.state.overrides.filter((entry) => !(entry.ruleId === finding.ruleId && entry.passage === passage)) });
    this.onOverridesChanged();
    this.refresh();
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
