import { describe, expect, it } from 'vitest';
import { exportDraftHtml } from '../../shared/export';
import { exportDraftHtmlSanitized } from '../../electron/services/export-sanitize';
import { importFiles } from '../../electron/import/import-files';
import { DraftSchema } from '../../shared/model/draft';
import type { Draft } from '../../shared/model/draft';
import { measured } from './support/records';
import { htmlProblems, lexicalProblems } from './support/xss-checks';
import { hostileDraft } from './support/hostile-draft';
import { xssCorpus } from './support/xss-corpus';

/*
 * The export and the import, in Node. The export of a draft carrying every
 * payload in every field it has (text, links, metadata, sources) must contain
 * nothing executable; each payload imported as an HTML page must give a
 * document with no unsafe URL or style. The same export is loaded in Chromium
 * by tests/reliability/e2e/xss.spec.ts.
 */

const corpus = xssCorpus();
const PUBLISHER = { name: 'The Daily Test', logoUrl: 'https://example.org/logo.png' };

describe('XSS through the export', () => {
  it('the exported HTML (page and fragment, before and after the sanitizing pass) contains nothing executable', async () => {
    await measured('xss', `export of a draft carrying all ${corpus.length} payloads in text, link URLs, metadata and sources (shared/export + export-sanitize)`, async (note) => {
      const draft: Draft = DraftSchema.parse(hostileDraft('hostile-export', corpus));
      const lines: string[] = [];
      for (const form of ['page', 'fragment'] as const) {
        const options = { form, publisher: PUBLISHER, siteUrl: 'https://example.org' };
        const plain = exportDraftHtml(draft, options);
        const sanitized = exportDraftHtmlSanitized(draft, options);
        for (const [label, html] of [[`${form}`, plain.html], [`${form} after sanitizing`, sanitized.html]] as const) {
          const problems = htmlProblems(html, { allowHeadStyle: form === 'page' });
          expect(problems, label).toEqual([]);
          // Every payload's text is still there, as text: nothing was silently dropped.
          for (const payload of corpus.slice(0, 5)) expect(html).toContain(payload.id);
          note.cases += corpus.length;
          lines.push(`${label}: ${html.length} bytes, 0 executable`);
        }
        expect(sanitized.removed, `${form}: the final pass had to remove something the exporter wrote`).toEqual([]);
        lines.push(`${form}: ${plain.warnings.length} warnings (unsafe links dropped), sanitizer removed nothing`);
      }
      note.details = `${lines.join('; ')}. Checked by parsing with jsdom: no script but valid JSON-LD, no event handler, no javascript:/vbscript:/data:/file: URL, no frame/object/embed/form/svg/math/img, no CSS url()/expression, no request to the beacon host`;
    });
  });
});

describe('XSS through the import', () => {
  it('hostile HTML pages imported with the HTML reader give documents with no unsafe URL or style', async () => {
    const BATCH = 30;
    await measured('xss', `import (importFiles, HTML reader: Readability + DOMPurify) of all ${corpus.length} payloads in ${Math.ceil(corpus.length / BATCH)} hostile pages`, async (note) => {
      const files = [];
      for (let start = 0; start < corpus.length; start += BATCH) {
        const batch = corpus.slice(start, start + BATCH);
        // NUL bytes would make the reader refuse the whole page as binary (tested in the import's own suite), so they go.
        const body = batch
          .map((payload) => `<p>Payload ${payload.id} follows.</p>${payload.html.replaceAll('\u0000', '')}<p>The minister said ${payload.id} was harmless.</p>`)
          .join('\n');
        files.push({
          name: `hostile-${start / BATCH + 1}.html`,
          bytes: new TextEncoder().encode(
            `<!doctype html><html><head><title>Hostile page</title><script>alert('XSS-HEAD')</script></head><body onload="alert('XSS-BODY')"><article><h1>Hostile page</h1>${body}</article></body></html>`,
          ),
        });
      }
      const results = await importFiles(files, { detect: () => [] });
      const problems: string[] = [];
      let imported = 0;
      let withText = 0;
      for (const result of results) {
        if (!result.ok || !result.draftInput) continue;
        imported += 1;
        problems.push(...lexicalProblems(result.draftInput).map((problem) => `${result.name}: ${problem}`));
        // Whether the article text came through (Readability may cut a page whose markup is this broken).
        if (JSON.stringify(result.draftInput.content).includes('was harmless')) withText += 1;
      }
      expect(withText, 'the import kept the article text of at least one hostile page').toBeGreaterThan(0);
      note.cases = corpus.length + 2;
      const refusals = results.filter((r) => !r.ok).map((r) => `${r.name}: "${r.error ?? '(no message)'}"`);
      note.details = `${imported} of ${files.length} pages imported (article text kept in ${withText}; in the others the hostile markup ended the article early)${refusals.length ? `; refused with a message: ${refusals.join('; ')}` : ''}; unsafe URLs or styles in the imported documents: ${problems.length ? problems.join('; ') : 'none'}`;
      expect(imported).toBeGreaterThan(0);
      for (const result of results) if (!result.ok) expect(result.error ?? '').not.toBe('');
      expect(problems).toEqual([]);
    });
  }, 120_000);
});
