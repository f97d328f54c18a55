import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { CSP_REPORTS_EXPECTED, expect, test } from '../../e2e/fixtures';
import { editorOf, newDraft, pasteHtml, saveStateOf } from '../../e2e/helpers';
import { exportDraftHtml } from '../../../shared/export';
import { exportDraftHtmlSanitized } from '../../../electron/services/export-sanitize';
import { DraftSchema } from '../../../shared/model/draft';
import { hostileDraft } from '../support/hostile-draft';
import { measured } from '../support/records';
import { htmlProblems, lexicalProblems } from '../support/xss-checks';
import { xssCorpus } from '../support/xss-corpus';
import { liveDomProblems, payloadFlag, watchPage } from './watch';

const corpus = xssCorpus();

/** Console errors a payload caused: any that names a payload, or reports a blocked script or handler. */
function payloadConsoleErrors(errors: string[]): string[] {
  return errors.filter((text) => /XSS-|xss\.invalid/i.test(text));
}

/** Lexical's own clipboard format, which its paste handler prefers over HTML: hostile nodes in JSON. */
function lexicalClipboard(url: string, style: string): string {
  return JSON.stringify({
    namespace: 'copydesk',
    nodes: [
      {
        type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [
          { type: 'link', version: 1, url, rel: null, target: null, title: null, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'lexical link', format: 0, detail: 0, mode: 'normal', style: '' }] },
          { type: 'text', version: 1, text: ' styled', format: 0, detail: 0, mode: 'normal', style },
        ],
      },
    ],
  });
}

const LEXICAL_CLIPBOARD_CASES: Array<[string, string]> = [
  ["javascript:alert('XSS-LEX-1')", "background:url(javascript:alert('XSS-LEX-1'))"],
  ["JAVASCRIPT:alert('XSS-LEX-2')", 'background-image:url(https://xss.invalid/XSS-LEX-2.png)'],
  ["data:text/html,<script>alert('XSS-LEX-3')</script>", "width:expression(alert('XSS-LEX-3'))"],
  ["vbscript:msgbox('XSS-LEX-4')", 'behavior:url(https://xss.invalid/XSS-LEX-4.htc)'],
  [" \tjavascript:alert('XSS-LEX-5')", 'color:red'],
];

test('no payload runs when pasted into the editor (real ClipboardEvent), and none reaches the stored draft', async ({ app: page, host }) => {
  test.info().annotations.push({ type: CSP_REPORTS_EXPECTED, description: 'hostile HTML is parsed by the paste sanitizer; CSP reports are recorded, not failures' });
  await measured('xss', `paste: ${corpus.length} HTML payloads and ${LEXICAL_CLIPBOARD_CASES.length} Lexical-clipboard payloads through real paste events in Chromium`, async (note) => {
    const watch = await watchPage(page, host.origin);
    await newDraft(page);
    await page.getByLabel('Headline').fill('Paste corpus');
    await editorOf(page).click();
    // One paste event per payload: several in one event would let a raw-text element (<textarea>, <noscript>...) swallow the next ones.
    for (const payload of corpus) {
      await pasteHtml(page, `<p>P-${payload.id}</p>${payload.html}`, `P-${payload.id}`);
      note.cases += 1;
    }
    for (const [url, style] of LEXICAL_CLIPBOARD_CASES) {
      await editorOf(page).evaluate((element, data) => {
        const transfer = new DataTransfer();
        transfer.setData('application/x-lexical-editor', data.json);
        transfer.setData('text/html', '<p>lexical clipboard</p>');
        transfer.setData('text/plain', 'lexical clipboard');
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      }, { json: lexicalClipboard(url, style) });
      note.cases += 1;
    }
    // Give delayed payloads (image errors, animations, focus) time to fire, and move over everything.
    await page.mouse.move(300, 300);
    await page.mouse.move(900, 600, { steps: 10 });
    await page.waitForTimeout(1000);
    await expect(saveStateOf(page)).toHaveText('Saved');
    const id = new URL(page.url()).hash.replace('#draft=', '');
    const stored = await host.call('drafts.open', { id });
    const storedText = JSON.stringify(stored.content);
    const landed = corpus.filter((payload) => storedText.includes(`P-${payload.id}`)).length;
    const domProblems = await liveDomProblems(page, '[contenteditable]');
    const storedProblems = lexicalProblems(stored.content);
    const cspReports = watch.consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)).length;
    note.details =
      `${landed}/${corpus.length} HTML pastes landed (their marker paragraph is in the stored draft); dialogs: ${watch.dialogs.length}; ` +
      `requests leaving the app: ${watch.outsideRequests.length}; page errors: ${watch.pageErrors.length}; console errors naming a payload: ${payloadConsoleErrors(watch.consoleErrors).length}; ` +
      `window.__xss: ${String(await payloadFlag(page))}; executable markup in the editor DOM: ${domProblems.length}; unsafe URLs/styles in the stored draft: ${storedProblems.length}; ` +
      `CSP reports while sanitizing (blocked, not run): ${cspReports}`;
    expect(landed).toBe(corpus.length);
    expect(watch.dialogs).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(payloadConsoleErrors(watch.consoleErrors)).toEqual([]);
    expect(await payloadFlag(page)).toBeUndefined();
    expect(domProblems).toEqual([]);
    expect(storedProblems).toEqual([]);
  });
});

test('no payload runs when a hand-edited draft file full of them is opened', async ({ app: page, host }) => {
  await measured('xss', `hand-edited draft file: ${corpus.length} payloads as text, 11 hostile link URLs, 5 hostile inline styles, payloads in every metadata field and a source, opened in Chromium`, async (note) => {
    const watch = await watchPage(page, host.origin);
    const draft = DraftSchema.parse(hostileDraft('hand-edited', corpus));
    // The store makes its folders lazily; the page may not have listed the library yet.
    await fsp.mkdir(path.join(host.dataDir, 'drafts'), { recursive: true });
    await fsp.writeFile(path.join(host.dataDir, 'drafts', 'hand-edited.json'), `${JSON.stringify(draft, null, 2)}\n`);
    await page.reload();
    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('button', { name: /XSS-META-1/ }).click();
    await expect(editorOf(page)).toContainText('XSS-001');
    await expect(page.getByLabel('Headline')).toHaveValue(draft.meta.headline);
    await page.mouse.move(300, 300);
    await page.mouse.move(900, 600, { steps: 10 });
    for (const link of await editorOf(page).locator('a').all()) await link.hover();
    await page.waitForTimeout(1000);
    const domProblems = await liveDomProblems(page);
    const links = await editorOf(page).locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    note.cases = corpus.length + 11 + 5 + 13;
    note.details =
      `opened: the payload text shows as text, the headline field holds the raw string; ${links.length} link elements rendered with hrefs ${JSON.stringify([...new Set(links)])}; ` +
      `dialogs: ${watch.dialogs.length}; requests leaving the app: ${watch.outsideRequests.length}; page errors: ${watch.pageErrors.length}; ` +
      `console errors naming a payload: ${payloadConsoleErrors(watch.consoleErrors).length}; executable markup anywhere in the page: ${domProblems.length ? domProblems.join(', ') : 'none'}`;
    expect(watch.dialogs).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(payloadConsoleErrors(watch.consoleErrors)).toEqual([]);
    expect(await payloadFlag(page)).toBeUndefined();
    expect(domProblems).toEqual([]);
  });
});

test('the exported page runs nothing when opened in Chromium without any CSP', async ({ browser }) => {
  await measured('xss', `exported page (with and without the sanitizing pass) of the hostile draft, opened in Chromium with no CSP, every link hovered and focused`, async (note) => {
    const draft = DraftSchema.parse(hostileDraft('hostile-export', corpus));
    const options = { form: 'page' as const, publisher: { name: 'The Daily Test' }, siteUrl: 'https://example.org' };
    const lines: string[] = [];
    for (const [label, html] of [
      ['exportDraftHtml', exportDraftHtml(draft, options).html],
      ['exportDraftHtmlSanitized', exportDraftHtmlSanitized(draft, options).html],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const watch = await watchPage(page, 'https://export.test/');
      await page.unroute('**/*');
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url === 'https://export.test/article.html') {
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          return;
        }
        watch.outsideRequests.push(url);
        await route.abort('blockedbyclient');
      });
      await page.goto('https://export.test/article.html');
      for (const element of await page.locator('a, [tabindex]').all()) {
        await element.hover().catch(() => undefined);
        await element.focus().catch(() => undefined);
      }
      await page.waitForTimeout(500);
      const domProblems = await liveDomProblems(page);
      const staticProblems = htmlProblems(html, { allowHeadStyle: true });
      note.cases += corpus.length;
      lines.push(
        `${label}: dialogs ${watch.dialogs.length}, requests ${watch.outsideRequests.length}, page errors ${watch.pageErrors.length}, window.__xss ${String(await payloadFlag(page))}, executable markup (live DOM) ${domProblems.filter((p) => p !== '<style>' && p !== '<meta>').length}, (parsed) ${staticProblems.length}`,
      );
      expect(watch.dialogs, label).toEqual([]);
      expect(watch.outsideRequests, label).toEqual([]);
      expect(watch.pageErrors, label).toEqual([]);
      expect(await payloadFlag(page), label).toBeUndefined();
      expect(staticProblems, label).toEqual([]);
      await context.close();
    }
    note.details = lines.join('; ');
  });
});
