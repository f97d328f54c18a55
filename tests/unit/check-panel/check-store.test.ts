import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { CHECK_DEBOUNCE_MS, CheckStore } from '../../../renderer/check/checkStore';
import type { Draft } from '../../../shared/model/draft';
import { makeDraft } from '../check/draft-fixture';
import { editorState, paragraph, text } from '../document/lexical-fixtures';

const QUOTE = '“We will never accept these terms under any circumstances,”';

function draftWith(...paragraphs: string[]): Omit<Draft, 'checkOverrides'> {
  return makeDraft({ content: editorState(...paragraphs.map((words) => paragraph(text(words)))) });
}

let detected: string[];
const countingDetector = (words: string) => {
  detected.push(words);
  return detectAttributions(words);
};

beforeEach(() => {
  detected = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the Check panel’s store', () => {
  it('runs one check per burst of edits, after the debounce, re-detecting only the changed paragraph', () => {
    const store = new CheckStore([], countingDetector);
    let current = draftWith('The council met on Tuesday.', `${QUOTE} the statement read.`);
    store.attach(() => current, () => {});
    store.schedule();
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS);
    expect(detected).toHaveLength(2);

    detected = [];
    current = draftWith('The council met on Tuesday evening.', `${QUOTE} the statement read.`);
    store.schedule();
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS - 1);
    store.schedule(); // another keystroke restarts the wait
    vi.advanceTimersByTime(CHECK_DEBOUNCE_MS - 1);
    expect(detected).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(detected).toEqual(['The council met on Tuesday evening.']);
  });

  it('lists the unresolved errors, and an override with a reason resolves one until its words change', () => {
    const onOverridesChanged = vi.fn();
    const store = new CheckStore([], countingDetector);
    let current = draftWith(`${QUOTE} the statement read.`);
    store.attach(() => current, onOverridesChanged);

    expect(store.blockingNow()).toEqual([expect.objectContaining({ ruleId: 'Q-SPEAKER', passage: QUOTE })]);
    const finding = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    store.override(finding, '  The statement is the speaker  ', 'Desk', new Date('2026-11-29T03:00:00Z'));

    expect(onOverridesChanged).toHaveBeenCalledTimes(1);
    expect(store.overrides()).toEqual([
      { ruleId: 'Q-SPEAKER', passage: QUOTE, reason: 'The statement is the speaker', by: 'Desk', at: '2026-11-29T03:00:00.000Z' },
    ]);
    expect(store.blockingNow()).toEqual([]);

    current = draftWith('“We will never accept these terms under any circumstances at all,” the statement read.');
    expect(store.blockingNow()).toEqual([expect.objectContaining({ ruleId: 'Q-SPEAKER' })]);
  });

  it('withdraws an override', () => {
    const store = new CheckStore([], countingDetector);
    store.attach(() => draftWith(`${QUOTE} the statement read.`), () => {});
    store.runNow();
    const finding = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    store.override(finding, 'The statement is the speaker', 'Desk', new Date());
    const overridden = store.getSnapshot().result!.findings.find((entry) => entry.ruleId === 'Q-SPEAKER')!;
    store.removeOverride(overridden);
    expect(store.overrides()).toEqual([]);
    expect(store.blockingNow()).toHaveLength(1);
  });
});
