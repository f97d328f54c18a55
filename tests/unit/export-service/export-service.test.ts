import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/services/export-service';
import { ApiError } from '../../../shared/api/errors';
import type { Draft } from '../../../shared/model/draft';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { apiHandlersInTempDir } from '../services/test-helpers';

const UNATTRIBUTED_QUOTE = '“We will never accept these terms under any circumstances,” the statement read.';
const content = editorState(
  paragraph(text('The minister arrived in Brussels on Monday.')),
  paragraph(text(UNATTRIBUTED_QUOTE)),
);
const QUOTE_PASSAGE = '“We will never accept these terms under any circumstances,”';

const api = apiHandlersInTempDir();

beforeEach(async () => {
  await api.handlers['prefs.set']({ editorName: 'Desk', export: { publisherName: 'The Daily Test', siteUrl: 'https://news.example' } });
});

async function createDraft(): Promise<Draft> {
  return api.handlers['drafts.create']({ meta: { headline: 'Talks stall in Brussels', byline: 'A. Writer' }, content });
}

function saveRequest(draft: Draft, changes: Partial<Pick<Draft, 'status' | 'checkOverrides' | 'meta'>>) {
  return {
    id: draft.id,
    baseRevision: draft.revision,
    meta: changes.meta ?? draft.meta,
    sources: draft.sources,
    content: draft.content,
    status: changes.status ?? draft.status,
    checkOverrides: changes.checkOverrides ?? draft.checkOverrides,
  };
}

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const quoteOverride = { ruleId: 'Q-SPEAKER', passage: QUOTE_PASSAGE, reason: 'The statement is the speaker', by: 'Desk', at: '2026-11-29T03:00:00.000Z' };

describe('the publish gate in the draft store', () => {
  it('refuses to mark a draft ready while an error-level finding is neither fixed nor overridden, and lists it', async () => {
    const draft = await createDraft();
    const error = await refusal(api.handlers['drafts.save'](saveRequest(draft, { status: 'ready' })));
    expect(error.code).toBe('refused');
    expect(error.details).toEqual({ findings: [expect.objectContaining({ ruleId: 'Q-SPEAKER', passage: QUOTE_PASSAGE })] });
    // Nothing was written: the draft is still a draft at its old revision.
    const stored = await api.handlers['drafts.open']({ id: draft.id });
    expect({ status: stored.status, revision: stored.revision }).toEqual({ status: 'draft', revision: draft.revision });
  });

  it('refuses published as well, but lets the draft move to in review', async () => {
    const draft = await createDraft();
    expect((await refusal(api.handlers['drafts.save'](saveRequest(draft, { status: 'published' })))).code).toBe('refused');
    await expect(api.handlers['drafts.save'](saveRequest(draft, { status: 'in-review' }))).resolves.toMatchObject({ revision: draft.revision + 1 });
  });

  it('accepts ready once the finding is overridden with a reason', async () => {
    const draft = await createDraft();
    await api.handlers['drafts.save'](saveRequest(draft, { status: 'ready', checkOverrides: [quoteOverride] }));
    expect((await api.handlers['drafts.open']({ id: draft.id })).status).toBe('ready');
  });

  it('lets the override lapse when the passage changes', async () => {
    const draft = await createDraft();
    const stale = { ...quoteOverride, passage: '“We will never accept these terms,”' };
    expect((await refusal(api.handlers['drafts.save'](saveRequest(draft, { status: 'ready', checkOverrides: [stale] })))).code).toBe('refused');
  });
});

describe('export.html', () => {
  it('refuses to export while the quote has no speaker', async () => {
    const draft = await createDraft();
    const error = await refusal(api.handlers['export.html']({ id: draft.id, form: 'page', record: true }));
    expect(error.code).toBe('refused');
    expect(error.details).toEqual({ findings: [expect.objectContaining({ ruleId: 'Q-SPEAKER' })] });
    expect((await api.handlers['history.list']({ id: draft.id })).snapshots.filter((s) => s.reason === 'export')).toEqual([]);
  });

  it('exports a cleared draft with the publisher from the preferences and records exactly that version in history', async () => {
    const draft = await createDraft();
    await api.handlers['drafts.save'](saveRequest(draft, { checkOverrides: [quoteOverride] }));
    const exported = await api.handlers['export.html']({ id: draft.id, form: 'page', record: true });

    expect(exported.fileName).toBe('talks-stall-in-brussels.html');
    expect(exported.checkSummary).toMatchObject({ error: 0, overridden: 1 });
    const page = new JSDOM(exported.html).window.document;
    expect(page.querySelector('h1')?.textContent).toBe('Talks stall in Brussels');
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toMatchObject({ '@type': 'NewsArticle', publisher: { name: 'The Daily Test' } });

    const { snapshots } = await api.handlers['history.list']({ id: draft.id });
    const snapshot = snapshots.find((entry) => entry.reason === 'export');
    expect(snapshot).toEqual(exported.snapshot);
    expect(snapshot?.exported).toEqual({ fileName: 'talks-stall-in-brussels.html', checkSummary: exported.checkSummary });
    expect(snapshot?.revision).toBe(draft.revision + 1);
  });

  it('previews without recording, but still behind the gate', async () => {
    const draft = await createDraft();
    expect((await refusal(api.handlers['export.html']({ id: draft.id, form: 'page', record: false }))).code).toBe('refused');
    await api.handlers['drafts.save'](saveRequest(draft, { checkOverrides: [quoteOverride] }));
    const preview = await api.handlers['export.html']({ id: draft.id, form: 'page', record: false });
    expect(preview.snapshot).toBeNull();
    expect((await api.handlers['history.list']({ id: draft.id })).snapshots.filter((s) => s.reason === 'export')).toEqual([]);
    // The same draft exports to the same bytes, so what was previewed is what gets saved.
    expect((await api.handlers['export.html']({ id: draft.id, form: 'page', record: true })).html).toBe(preview.html);
  });

  it('exports the fragment form under its own file name', async () => {
    const draft = await createDraft();
    await api.handlers['drafts.save'](saveRequest(draft, { checkOverrides: [quoteOverride] }));
    const exported = await api.handlers['export.html']({ id: draft.id, form: 'fragment', record: true });
    expect(exported.fileName).toBe('talks-stall-in-brussels.fragment.html');
    expect(exported.html).not.toContain('<html');
  });
});

describe('exportFileName', () => {
  it('prefers the slug, falls back to the headline, then to the id', async () => {
    const draft = await createDraft();
    expect(exportFileName({ ...draft, meta: { ...draft.meta, slug: 'brussels-talks' } }, 'page')).toBe('brussels-talks.html');
    expect(exportFileName({ ...draft, meta: { ...draft.meta, headline: 'Ça va? «Oui»!' } }, 'page')).toBe('ca-va-oui.html');
    expect(exportFileName({ ...draft, meta: { ...draft.meta, headline: '«»' } }, 'page')).toBe(`${draft.id}.html`);
  });
});
