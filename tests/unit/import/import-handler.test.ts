import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/api/channels';
import { createImportHandler } from '../../../electron/import/import-handler';
import type { OriginalFile } from '../../../electron/import/import-files';
import { DraftSchema, type Draft } from '../../../shared/model/draft';
import type { RequestOf } from '../../../shared/api/channels';
import { BODY } from './helpers';

function fakeStore() {
  const drafts: Draft[] = [];
  const originals: Array<{ draftId: string; original: OriginalFile }> = [];
  const createDraft = async (request: RequestOf<'drafts.create'>): Promise<Draft> => {
    const now = new Date(0).toISOString();
    const draft = DraftSchema.parse({
      schemaVersion: 1,
      id: `draft-${drafts.length + 1}`,
      revision: 0,
      meta: request.meta ?? {},
      sources: request.sources ?? [],
      content: request.content,
      status: 'draft',
      checkOverrides: [],
      createdAt: now,
      updatedAt: now,
    });
    drafts.push(draft);
    return draft;
  };
  return { drafts, originals, createDraft, keepOriginal: async (draftId: string, original: OriginalFile) => void originals.push({ draftId, original }) };
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

const request = channels['import.files'].request;

describe('the import.files handler', () => {
  it('creates one draft per usable file, keeps each original, and reports the rest', async () => {
    const store = fakeStore();
    const handle = createImportHandler({ ...store, importOptions: () => ({ detect: () => [] }) });
    const response = await handle(
      request.parse({
        files: [
          { name: 'story.txt', contentBase64: base64(`Budget talks collapse\n\n${BODY}\n\nSource: Capital`) },
          { name: 'empty.md', contentBase64: '' },
        ],
      }),
    );
    expect(channels['import.files'].response.parse(response)).toEqual(response);
    expect(response.results).toMatchObject([
      { name: 'story.txt', ok: true, draftId: 'draft-1', headline: 'Budget talks collapse' },
      { name: 'empty.md', ok: false, error: 'empty.md is empty.' },
    ]);
    expect(store.drafts[0]?.meta).toMatchObject({ credit: 'Capital', basedOnOtherOutlet: true });
    expect(store.originals).toHaveLength(1);
    expect(store.originals[0]?.draftId).toBe('draft-1');
    expect(Buffer.from(store.originals[0]!.original.bytes).toString('utf8')).toContain('Source: Capital');
  });

  it('keeps the draft and warns when the original cannot be kept', async () => {
    const store = fakeStore();
    const handle = createImportHandler({
      createDraft: store.createDraft,
      keepOriginal: async () => {
        throw new Error('disk full');
      },
      importOptions: () => ({ detect: () => [] }),
    });
    const { results } = await handle(request.parse({ files: [{ name: 'story.txt', contentBase64: base64(BODY) }] }));
    expect(results[0]).toMatchObject({ ok: true, draftId: 'draft-1' });
    expect(results[0]?.warnings.join(' ')).toMatch(/original file could not be kept.*disk full/);
  });

  it('reports a draft the store refuses to create as that file’s failure', async () => {
    const handle = createImportHandler({
      createDraft: async () => {
        throw new Error('the library is read-only');
      },
      keepOriginal: async () => undefined,
      importOptions: () => ({ detect: () => [] }),
    });
    const { results } = await handle(request.parse({ files: [{ name: 'story.txt', contentBase64: base64(BODY) }] }));
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringMatching(/could not be created: the library is read-only/) });
  });

  it('refuses unsafe names and non-base64 content at the channel boundary', () => {
    expect(request.safeParse({ files: [{ name: '../secret.txt', contentBase64: '' }] }).success).toBe(false);
    expect(request.safeParse({ files: [{ name: 'a'.repeat(256), contentBase64: '' }] }).success).toBe(false);
    expect(request.safeParse({ files: [{ name: 'story.txt', contentBase64: 'not base64!' }] }).success).toBe(false);
    expect(request.safeParse({ files: [] }).success).toBe(false);
  });
});
