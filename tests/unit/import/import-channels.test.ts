import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../electron/services/dispatch';
import type { ResponseOf } from '../../../shared/api/channels';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { apiHandlersInTempDir } from '../services/test-helpers';
import { wordDocument } from './docx-fixture';

const SAMPLE = readFileSync(new URL('../../../../shared/samples/scraped-wire-rewrite.txt', import.meta.url));

const api = apiHandlersInTempDir();

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await dispatchApiCall(api.handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function importFile(name: string, bytes: Uint8Array): Promise<ResponseOf<'import.files'>['results'][number]> {
  const response = await call<ResponseOf<'import.files'>>('import.files', { files: [{ name, contentBase64: Buffer.from(bytes).toString('base64') }] });
  return response.results[0]!;
}

function paragraphs(content: { root: SerializedNodeShape }): string[] {
  const textOf = (node: SerializedNodeShape): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));
  return (content.root.children ?? []).map(textOf);
}

describe('the sources proposed on import, added in one step', () => {
  it('adds every proposal to the draft, state-affiliated flag and source-book details included', async () => {
    const { entries } = await api.handlers['sourceBook.list']({ query: 'Reuters', limit: 1 });
    const { updatedAt: _updatedAt, ...bookReuters } = entries[0]!;
    await api.handlers['sourceBook.upsert']({ entry: { ...bookReuters, url: 'https://www.reuters.com/', notes: 'Wire contract 2024' } });
    const outcome = await importFile('scraped-wire-rewrite.txt', SAMPLE);
    const reuters = outcome.proposedSources.find((proposal) => proposal.name === 'Reuters');
    expect(reuters?.sourceBookId).toBe(bookReuters.id);

    const response = await call<ResponseOf<'import.addSources'>>('import.addSources', { id: outcome.draftId, proposals: outcome.proposedSources });
    expect(response.added).toHaveLength(outcome.proposedSources.length);
    const draft = await api.handlers['drafts.open']({ id: outcome.draftId! });
    expect(draft.revision).toBe(response.revision);
    expect(draft.sources.map((source) => source.name)).toEqual(expect.arrayContaining(['Reuters', 'BBC', 'RIA Novosti']));
    expect(draft.sources.find((source) => source.name === 'RIA Novosti')?.stateAffiliated).toBe(true);
    expect(draft.sources.find((source) => source.name === 'Reuters')).toMatchObject({ url: 'https://www.reuters.com/', notes: 'Wire contract 2024' });

    // Adding them again changes nothing.
    const again = await call<ResponseOf<'import.addSources'>>('import.addSources', { id: outcome.draftId, proposals: outcome.proposedSources });
    expect(again.added).toEqual([]);
    expect((await api.handlers['drafts.open']({ id: outcome.draftId! })).sources).toHaveLength(draft.sources.length);
  });

  it('refuses an invalid proposal at the boundary', async () => {
    const outcome = await importFile('scraped-wire-rewrite.txt', SAMPLE);
    const result = await dispatchApiCall(api.handlers, 'import.addSources', { id: outcome.draftId, proposals: [{ name: 'X', kind: 'alien' }] });
    expect(result.ok).toBe(false);
    expect((await api.handlers['drafts.open']({ id: outcome.draftId! })).sources).toEqual([]);
  });
});

describe('restoring a removed line into the draft', () => {
  it('puts "Exit mobile version" back where the clean-up took it from', async () => {
    const outcome = await importFile('scraped-wire-rewrite.txt', SAMPLE);
    const line = outcome.removed.find((removed) => removed.text === 'Exit mobile version')!;
    expect(line).toBeDefined();
    const before = await api.handlers['drafts.open']({ id: outcome.draftId! });
    expect(paragraphs(before.content)).not.toContain('Exit mobile version');

    await call('import.restoreLine', { id: outcome.draftId, text: line.text, at: line.restoreAt });
    const after = await api.handlers['drafts.open']({ id: outcome.draftId! });
    expect(paragraphs(after.content)[line.restoreAt]).toBe('Exit mobile version');
    expect(paragraphs(after.content)).toHaveLength(paragraphs(before.content).length + 1);
  });
});

describe('the kept original, to compare with the draft', () => {
  it('gives the text file exactly as it came in, removed lines included', async () => {
    const outcome = await importFile('scraped-wire-rewrite.txt', SAMPLE);
    const { original } = await call<ResponseOf<'import.original'>>('import.original', { id: outcome.draftId });
    expect(original).toMatchObject({ name: 'scraped-wire-rewrite.txt', mediaType: 'text/plain', size: SAMPLE.length, truncated: false });
    expect(original?.text).toBe(SAMPLE.toString('utf8'));
  });

  it('gives a web page as its whole readable text, with nothing executable', async () => {
    const page = readFileSync(new URL('./fixtures/wordpress-article.html', import.meta.url));
    const outcome = await importFile('wordpress-article.html', page);
    const { original } = await call<ResponseOf<'import.original'>>('import.original', { id: outcome.draftId });
    expect(original?.mediaType).toBe('text/html');
    expect(original?.text).toContain('LEAVE A REPLY');
    expect(original?.text).not.toMatch(/<script|<div|onerror/i);
  });

  it('gives a Word document as its paragraphs, the closing credit included', async () => {
    const outcome = await importFile('wind-farms.docx', wordDocument());
    const { original } = await call<ResponseOf<'import.original'>>('import.original', { id: outcome.draftId });
    expect(original?.name).toBe('wind-farms.docx');
    expect(original?.text).toContain('Wind farms approved off Crete');
    expect(original?.text).toContain('Kathimerini');
  });

  it('is null, and listed as none, for a draft that was not imported', async () => {
    const draft = await api.handlers['drafts.create']({});
    expect(await call('import.original', { id: draft.id })).toEqual({ original: null });
    expect(await call('import.keptOriginals', { id: draft.id })).toEqual({ originals: [] });
  });

  it('is listed by name and size without its contents', async () => {
    const outcome = await importFile('scraped-wire-rewrite.txt', SAMPLE);
    expect(await call('import.keptOriginals', { id: outcome.draftId })).toEqual({
      originals: [{ name: 'scraped-wire-rewrite.txt', mediaType: 'text/plain', size: SAMPLE.length, keptAt: expect.any(String) }],
    });
  });
});
