import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { checkDraft } from '../../../shared/check/check-draft';
import { createCheckWorkerHandler } from '../../../renderer/worker/checkWorkerHandler';
import { CheckWorkerClient } from '../../../renderer/worker/checkWorkerClient';
import { WorkerResponseSchema } from '../../../renderer/worker/protocol';
import { makeDraft } from '../check/draft-fixture';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { inProcessWorker } from './in-process-worker';

const QUOTED = '“We will never accept these terms under any circumstances,” the statement read.';
const SAID = 'The minister said the talks would resume on Monday.';
const draft = makeDraft({ content: editorState(paragraph(text(QUOTED)), paragraph(text(SAID))) });

describe('the check worker’s protocol', () => {
  it('answers a check with the same verdict the CLI and export reach, in a shape the renderer accepts', () => {
    const answer = createCheckWorkerHandler()({ kind: 'check', seq: 7, draft, settings: {} });
    const parsed = WorkerResponseSchema.parse(structuredClone(answer));
    expect(parsed).toEqual({ kind: 'checked', seq: 7, result: checkDraft(draft) });
    expect(parsed.kind === 'checked' && parsed.result.findings.map((finding) => finding.ruleId)).toContain('Q-SPEAKER');
  });

  it('answers detection with one list per paragraph, in order, and nothing for a blank one', () => {
    const answer = createCheckWorkerHandler()({ kind: 'detect', seq: 2, texts: [SAID, '   ', QUOTED] });
    expect(answer).toEqual({ kind: 'detected', seq: 2, detections: [detectAttributions(SAID), [], detectAttributions(QUOTED)] });
  });

  it('detects each paragraph once for both the check and the suggestions, and forgets paragraphs no longer in the article', () => {
    const detected: string[] = [];
    const handle = createCheckWorkerHandler((words) => {
      detected.push(words);
      return detectAttributions(words);
    });
    handle({ kind: 'detect', seq: 0, texts: [QUOTED, SAID] });
    handle({ kind: 'check', seq: 1, draft, settings: {} });
    expect(detected).toEqual([QUOTED, SAID]);

    const edited = 'The minister said the talks would resume on Tuesday.';
    const editedDraft = makeDraft({ content: editorState(paragraph(text(QUOTED)), paragraph(text(edited))) });
    handle({ kind: 'check', seq: 2, draft: editedDraft, settings: {} });
    handle({ kind: 'detect', seq: 3, texts: [edited] });
    expect(detected).toEqual([QUOTED, SAID, edited]);

    // SAID left the article: it is detected afresh when it comes back to the suggestions.
    handle({ kind: 'detect', seq: 4, texts: [SAID] });
    expect(detected).toEqual([QUOTED, SAID, edited, SAID]);
  });

  it('refuses a request it cannot read, naming its sequence number', () => {
    const answer = createCheckWorkerHandler()({ kind: 'check', seq: 3, draft: { ...draft, content: 'not a document' }, settings: {} });
    expect(answer).toMatchObject({ kind: 'failed', seq: 3 });
    expect(answer.kind === 'failed' && answer.message).toMatch(/^The check was asked something it cannot read/);
  });

  it('gives each caller the answer to its own request when answers arrive out of order', async () => {
    const worker = inProcessWorker({ hold: true });
    const client = new CheckWorkerClient(worker);
    const checked = client.check(draft, {});
    const detected = client.detect([SAID]);
    worker.held[1]!();
    worker.held[0]!();
    expect(await detected).toEqual([detectAttributions(SAID)]);
    expect((await checked).document.text).toContain(SAID);
  });

  it('rejects an answer that does not match the protocol instead of showing it', async () => {
    const worker = inProcessWorker();
    const client = new CheckWorkerClient(worker);
    const finding = { ruleId: 'NOT-A-RULE', severity: 'error', message: 'x', range: null };
    const { document, counts } = checkDraft(draft);
    worker.answerNextWith({ kind: 'checked', seq: 0, result: { document, counts, findings: [finding] } });
    await expect(client.check(draft, {})).rejects.toThrow(/cannot read \(result\.findings\.0\.ruleId/);
    // The worker is still usable for the next request.
    await expect(client.check(draft, {})).resolves.toMatchObject({ counts: checkDraft(draft).counts });
  });

  it('fails every waiting request when the worker stops, and every later one at once', async () => {
    const worker = inProcessWorker({ hold: true });
    const client = new CheckWorkerClient(worker);
    const waiting = client.check(draft, {});
    worker.crash('the script could not load');
    await expect(waiting).rejects.toThrow('The check stopped working (the script could not load). Reload the window to start it again.');
    await expect(client.detect([SAID])).rejects.toThrow('The check stopped working');
  });
});
