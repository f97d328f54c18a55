import { CSP_REPORTS_EXPECTED, test, expect } from './fixtures';
import { editorOf, newDraft, pasteHtml, saveStateOf } from './helpers';

const HOSTILE = `
<html><head><style>p { color: red; background: url(javascript:window.__pwned=1) }</style>
<script>window.__pwned = 'head script'</script></head><body>
<h1 style="color:red" onclick="window.__pwned='h1'">Pasted headline</h1>
<p class="MsoNormal" style="font-family:Calibri">Safe <b>bold</b> and <span style="font-style:italic">styled italic</span> text
<img src="x" onerror="window.__pwned='img'; alert('img')"></p>
<script>window.__pwned = 'body script'; alert('script')</script>
<iframe src="javascript:alert('frame')" srcdoc="<script>parent.__pwned='frame'</script>"></iframe>
<p><a href="javascript:alert('link')" onmouseover="window.__pwned='hover'">bad link</a> and
<a href="https://example.com/ok" target="_blank" style="color:green">good link</a></p>
<ul><li onclick="alert(1)">first point</li><li>second point</li></ul>
<blockquote>A quoted passage</blockquote>
<svg><script>window.__pwned='svg'</script></svg>
<form action="javascript:alert(1)"><input value="form field"></form>
</body></html>`;

test('pasted HTML keeps its structure and loses scripts, handlers, styles, frames and javascript: links', async ({ app: page, host }) => {
  test.info().annotations.push({
    type: CSP_REPORTS_EXPECTED,
    description: 'the sanitizer parses the hostile HTML in an inert document; Chromium reports what its CSP would block there',
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await newDraft(page);
  await page.getByLabel('Headline').fill('Paste test');
  const editor = editorOf(page);
  await editor.click();
  await pasteHtml(page, HOSTILE, 'Pasted headline Safe bold text');

  // Structure kept: the h1 became the body's h2 (the headline is the page's h1), emphasis, links, list, quote.
  await expect(editor.locator('h2')).toHaveText('Pasted headline');
  await expect(editor.locator('strong')).toHaveText('bold');
  await expect(editor.locator('em')).toHaveText('styled italic');
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.com/ok');
  await expect(editor).toContainText('bad link');
  await expect(editor.locator('ul > li')).toHaveText(['first point', 'second point']);
  await expect(editor.locator('blockquote')).toHaveText('A quoted passage');

  // Everything executable or presentational is gone.
  const leftovers = await editor.evaluate((root) => {
    const found: string[] = [];
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'style', 'img', 'svg', 'form', 'input', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        if (/javascript:/i.test(attribute.value)) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
        if (attribute.name === 'style' && element !== root) found.push(`${tag}[style=${attribute.value}]`);
        if (attribute.name === 'target') found.push(`${tag}[target]`);
      }
    }
    return found;
  });
  expect(leftovers).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // And none of it reached the stored draft.
  await expect(saveStateOf(page)).toHaveText('Saved');
  const id = new URL(page.url()).hash.replace('#draft=', '');
  const stored = JSON.stringify((await host.call('drafts.open', { id })).content);
  expect(stored).toContain('good link');
  expect(stored).not.toMatch(/javascript:|onerror|onclick|<script|iframe|color:/i);
});
