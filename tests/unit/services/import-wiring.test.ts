import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../electron/services/dispatch';
import { apiHandlersInTempDir } from './test-helpers';

const api = apiHandlersInTempDir();

describe('import.files through the API handlers', () => {
  it('creates a draft from an uploaded text file and keeps the original with its history', async () => {
    const text = 'Council approves budget\n\nThe council approved the budget on Monday, the mayor said.\n';
    const result = await dispatchApiCall(api.handlers, 'import.files', {
      files: [{ name: 'budget.txt', contentBase64: Buffer.from(text).toString('base64') }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [outcome] = (result.value as { results: Array<{ ok: boolean; draftId?: string }> }).results;
    expect(outcome).toMatchObject({ ok: true, draftId: expect.any(String) });
    const draftId = outcome!.draftId!;
    const list = await api.handlers['drafts.list']({});
    expect(list.drafts.map((summary) => summary.id)).toEqual([draftId]);
    const originals = await api.handlers.services.drafts.listOriginals(draftId);
    expect(originals).toMatchObject([{ name: 'budget.txt', size: Buffer.byteLength(text) }]);
    expect((await api.handlers['history.list']({ id: draftId })).snapshots.map((snapshot) => snapshot.reason)).toEqual(['import']);
  });
});
