import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../../electron/services/api-handlers';
import type { ApiHandlersWithServices } from '../../../electron/services/api-handlers';
import { dispatchApiCall } from '../../../electron/services/dispatch';
import { makeTempDir, ManualClock, MemoryStore, removeTempDir } from './test-helpers';

let dataDir: string;
let handlers: ApiHandlersWithServices;
beforeEach(async () => {
  dataDir = await makeTempDir();
  handlers = createApiHandlers({ dataDir, preferencesStore: new MemoryStore(), clock: new ManualClock(), log: () => {} });
});
afterEach(async () => {
  await handlers.services.drafts.flush();
  await removeTempDir(dataDir);
});

describe('import.files through the API handlers', () => {
  it('creates a draft from an uploaded text file and keeps the original with its history', async () => {
    const text = 'Council approves budget\n\nThe council approved the budget on Monday, the mayor said.\n';
    const result = await dispatchApiCall(handlers, 'import.files', {
      files: [{ name: 'budget.txt', contentBase64: Buffer.from(text).toString('base64') }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [outcome] = (result.value as { results: Array<{ ok: boolean; draftId?: string }> }).results;
    expect(outcome).toMatchObject({ ok: true, draftId: expect.any(String) });
    const draftId = outcome!.draftId!;
    const list = await handlers['drafts.list']({});
    expect(list.drafts.map((summary) => summary.id)).toEqual([draftId]);
    const originals = await handlers.services.drafts.listOriginals(draftId);
    expect(originals).toMatchObject([{ name: 'budget.txt', size: Buffer.byteLength(text) }]);
    expect((await handlers['history.list']({ id: draftId })).snapshots.map((snapshot) => snapshot.reason)).toEqual(['import']);
  });
});
