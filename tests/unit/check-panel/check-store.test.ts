import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { CHECK_DEBOUNCE_MS, CheckStore } from '../../../renderer/check/checkStore';
import { CheckWorkerClient } from '../../../renderer/worker/checkWorkerClient';
import type { Draft } from '../../../shared/model/draft';
import { makeDraft } from '../check/draft-fixture';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { inProcessWorker, type InProcessWorker } from './in-process-worker';

const QUOTE = '“We will never accept these terms under any circumstances,”';

function draftWith(...paragraphs: string[]): Omit<Draft, 'checkOverrides'> {
  return makeDraft({ content: editorState(...paragraphs.map((words) => paragraph(text(words)))) });
}

let detected: string[];
const countingDetector = (words: string) => {
  detected.push(words);
  return detectAttributions(words);
};

function storeOn(worker: InProcessWorker = inProcessWorker({ detect: countingDetector })): CheckStore {
  return new CheckStore([], new CheckWorkerClient(worker));
}

const openErrors = (store: CheckStore) =>
  store.getSnapshot().result?.findings.filter((finding) => finding.severity === 'error' && !finding.overridden).map((finding) => finding.ruleId);

beforeEach(() => {
  detected = [];
});

describe('the Check panel’s store', () => {
  describe('while the editor types', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('runs one check per burst of edits, after the debounce, re-detecting only the changed paragraph', async () => {
      const store = storeOn();
      let current = draftWith('The council met on Tuesday.', `${QUOTE} the statement read.`);
      store.attach(() => current, () => {});
      store.schedule();
      await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS);
      expect(detected).toHaveLength(2);
      expect(openErrors(store)).toEqual(['Q-SPEAKER']);

      detected = [];
      current = draftWith('The council met on Tuesday evening.', `${QUOTE} the statement read.`);
      store.schedule();
      await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS - 1);
      store.schedule(); // another keystroke restarts the wait
      await vi.advanceTimersByTimeAsync(CHECK_DEBOUNCE_MS - 1);
      expect(detected).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(detected).toEqual(['The council met on Tuesday evening.']);
    });
  });

  it('shows only the latest check’s result, even when an older answer arrives after it', async () => {
    const worker = inProcessWorker({ hold: true });
    const store = storeOn(worker);
    let current = draftWith(`${QUOTE} the statement read.`);
    store.attach(() => current, () => {});
    const older = store.checkNow();
    current = draftWith(`${QUOTE} Mayor Ana Ruiz said.`);
    const newer = store.checkNow();

    worker.held[1]!();
    await newer;
    expect(openErrors(store)).toEqual([]);
    worker.held[0]!();
    // The gate that asked first still gets the verdict on the draft it sent…
    expect((await older).findings.map((finding) => finding.ruleId)).toContain('Q-SPEAKER');
    // …but the panel keeps showing the draft as it is now.
    expect(openErrors(store)).toEqual([]);
  });

  it('lists the unresolved errors, and an override with a reason resolves one until its words change', async () => {
    const onOverridesChanged = vi.fn();
    const store = storeOn();
    let current = draftWith(`${QUOTE} the statement read.`);
    store.attach(() => current, onOverridesChanged);

    expect(await store.blockingNow()).toEqual([expect.objectContaining({ ruleId: 'Q-SPEAKER', passage: QUOTE })]);
    const finding = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    store.override(finding, '  The statement is the speaker  ', 'Desk', new Date('2026-11-29T03:00:00Z'));

    expect(onOverridesChanged).toHaveBeenCalledTimes(1);
    expect(store.overrides()).toEqual([
      { ruleId: 'Q-SPEAKER', passage: QUOTE, reason: 'The statement is the speaker', by: 'Desk', at: '2026-11-29T03:00:00.000Z' },
    ]);
    expect(await store.blockingNow()).toEqual([]);

    current = draftWith('“We will never accept these terms under any circumstances at all,” the statement read.');
    expect(await store.blockingNow()).toEqual([expect.objectContaining({ ruleId: 'Q-SPEAKER' })]);
  });

  it('withdraws an override', async () => {
    const store = storeOn();
    store.attach(() => draftWith(`${QUOTE} the statement read.`), () => {});
    await store.checkNow();
    const finding = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    store.override(finding, 'The statement is the speaker', 'Desk', new Date());
    await store.checkNow();
    const overridden = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    expect(overridden.overridden?.reason).toBe('The statement is the speaker');
    store.removeOverride(overridden);
    expect(store.overrides()).toEqual([]);
    expect(await store.blockingNow()).toHaveLength(1);
  });

  it('refuses a gate while errors remain, listing them, and lets it through once they are fixed', async () => {
    const store = storeOn();
    let current = draftWith(`${QUOTE} the statement read.`);
    store.attach(() => current, () => {});

    expect(await store.clearsGate('mark this draft ready')).toBe(false);
    expect(store.getSnapshot().refusal).toEqual({
      action: 'mark this draft ready',
      findings: [expect.objectContaining({ ruleId: 'Q-SPEAKER', passage: QUOTE })],
    });

    current = draftWith(`${QUOTE} Mayor Ana Ruiz said.`);
    expect(await store.clearsGate('mark this draft ready')).toBe(true);
    expect(store.getSnapshot().refusal).toBeNull();
  });

  it('says so in the panel when the check fails, and the gate refuses rather than let the draft through', async () => {
    const store = storeOn(
      inProcessWorker({
        detect: () => {
          throw new Error('the detector’s model is damaged');
        },
      }),
    );
    store.attach(() => draftWith(`${QUOTE} the statement read.`), () => {});

    await expect(store.checkNow()).rejects.toThrow('the detector’s model is damaged');
    expect(store.getSnapshot().failure).toBe('The check failed: the detector’s model is damaged.');

    expect(await store.clearsGate('export this draft')).toBe(false);
    expect(store.getSnapshot().refusal?.message).toMatch(/^The check could not run, so nothing confirms the draft is clear: .*model is damaged/);
  });

  it('reports a worker that stopped, and clears the message once a check succeeds again', async () => {
    const worker = inProcessWorker();
    const store = storeOn(worker);
    store.attach(() => draftWith(`${QUOTE} the statement read.`), () => {});
    worker.answerNextWith({ kind: 'checked', seq: 0, result: { findings: 'none' } });
    await expect(store.checkNow()).rejects.toThrow('cannot read');
    expect(store.getSnapshot().failure).toMatch(/^The check sent back a result Copydesk cannot read/);

    await store.checkNow();
    expect(store.getSnapshot().failure).toBeNull();

    worker.crash('out of memory');
    await expect(store.checkNow()).rejects.toThrow('Reload the window');
    expect(store.getSnapshot().failure).toBe('The check stopped working (out of memory). Reload the window to start it again.');
  });
});
