import { describe, expect, it } from 'vitest';
import { renderExportParts } from '../../../shared/export/index';
import { exportDraftHtml } from '../../../shared/export/index';
import { exportDraftHtmlSanitized, sanitizeArticleHtml, sanitizeExportParts } from '../../../electron/services/export-sanitize';
import { FIXTURE_OPTIONS, loadDraft, nodeFixtureDraft, nodeFixtureNames } from './fixture-support';

describe('the DOMPurify pass over exports', () => {
  it('returns every clean fixture export byte for byte', () => {
    const drafts = [loadDraft('article.draft.json'), ...nodeFixtureNames().map(nodeFixtureDraft)];
    for (const draft of drafts) {
      for (const form of ['fragment', 'page'] as const) {
        const plain = exportDraftHtml(draft, { ...FIXTURE_OPTIONS, form });
        const sanitized = exportDraftHtmlSanitized(draft, { ...FIXTURE_OPTIONS, form });
        expect(sanitized.removed, `${draft.id} ${form}`).toEqual([]);
        expect(sanitized.html, `${draft.id} ${form}`).toBe(plain.html);
      }
    }
  });

  it('removes scripts, event handlers, script URLs and foreign elements, and says so', () => {
    const { html, removed } = sanitizeArticleHtml(
      '<article><p onclick="alert(1)">Hi<script>alert(1)</script><img src="x" onerror="alert(1)">' +
        '<a href="javascript:alert(1)">a</a><a href=" java&#x09;script:alert(1)">b</a><a href="data:text/html,x">c</a>' +
        '<q cite="vbscript:msgbox(1)">q</q><iframe src="https://evil.example/"></iframe><span style="color:red">s</span></p></article>',
    );
    expect(html).toBe('<article><p>Hi<a>a</a><a>b</a><a>c</a><q>q</q><span>s</span></p></article>');
    expect(removed).toEqual(
      expect.arrayContaining(['element <script>', 'element <img>', 'element <iframe>', 'attribute onclick on <p>', 'attribute href on <a>', 'attribute cite on <q>', 'attribute style on <span>']),
    );
  });

  it('re-attaches the JSON-LD the exporter built, not markup from the article', () => {
    const parts = renderExportParts(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'fragment' });
    const tampered = { ...parts, articleHtml: parts.articleHtml.replace('</article>', '<script type="application/ld+json">{"x":1}</script></article>') };
    const result = sanitizeExportParts(tampered);
    expect(result.removed).toEqual(['element <script>']);
    expect(result.warnings.at(-1)).toBe('the final sanitizing pass removed: element <script>');
    expect(result.html.match(/<script/g)).toHaveLength(1);
    expect(result.html).toBe(exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'fragment' }).html);
  });
});
