import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDraftHtml } from '../../../shared/export/index';
import { FIXTURES_DIR, FIXTURE_OPTIONS, expectGolden, loadDraft } from './fixture-support';

describe('export of a whole article', () => {
  for (const form of ['fragment', 'page'] as const) {
    it(`matches the committed ${form}`, () => {
      const result = exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form });
      expect(result.warnings).toEqual([]);
      expectGolden(result.html, path.join(FIXTURES_DIR, `article.${form}.expected.html`));
    });

    it(`is deterministic: the same draft gives the same bytes (${form})`, () => {
      // Two independent parses, so no shared object can make the outputs agree by accident.
      const first = exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form });
      const second = exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form });
      expect(second.html).toBe(first.html);
    });
  }

  it('uses publishedAt when given and shows a later update', () => {
    const draft = loadDraft('article.draft.json');
    const html = exportDraftHtml(draft, { ...FIXTURE_OPTIONS, form: 'fragment', publishedAt: '2026-11-28T06:00:00Z' }).html;
    expect(html).toContain('<time datetime="2026-11-28T06:00:00Z">28 November 2026, 06:00 UTC</time> · Updated <time datetime="2026-11-28T09:30:00.000Z">');
    expect(html).toContain('"datePublished": "2026-11-28T06:00:00Z"');
    expect(html).toContain('"dateModified": "2026-11-28T09:30:00.000Z"');
  });
});
