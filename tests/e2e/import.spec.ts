import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { editorOf } from './helpers';

const SAMPLE = readFileSync(new URL('../../../shared/samples/scraped-wire-rewrite.txt', import.meta.url), 'utf8');
const HEADLINE = 'Le Pen wants closer ties between NATO and Russia – It wants to stay in the EU';

/** Drops files on the window the way the browser does: a real 'drop' DragEvent whose DataTransfer holds Files. */
async function dropFiles(page: Page, files: { name: string; text: string; type: string }[]): Promise<void> {
  // The drop listeners are attached once the app has mounted and listed the library.
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import' })).toBeEnabled();
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

test('a file dropped on the window imports to a clean draft with its removed lines and proposed sources shown', async ({ app: page, host }) => {
  await dropFiles(page, [{ name: 'scraped-wire-rewrite.txt', text: SAMPLE, type: 'text/plain' }]);

  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(dialog.getByTestId('import-status')).toHaveText('Done: 1 of 1 imported.');

  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('scraped-wire-rewrite.txt');
  const removed = result.getByRole('list', { name: 'Removed from scraped-wire-rewrite.txt' });
  await expect(removed).toContainText('Exit mobile version');
  const proposed = result.getByRole('list', { name: 'Sources proposed for scraped-wire-rewrite.txt' });
  await expect(proposed).toContainText('Reuters');

  // The library has reloaded with the new draft.
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('list', { name: 'Drafts' }).getByRole('button', { name: new RegExp(HEADLINE) })).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.import-dialog').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Close', exact: true })).toBeFocused();

  await result.getByRole('button', { name: /Open draft/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect(page.getByLabel('Syndication credit')).toHaveValue('Capital');
  await expect(editorOf(page)).toContainText('France’s far-right presidential candidate');
  await expect(editorOf(page)).not.toContainText('Exit mobile version');

  const drafts = await host.call('drafts.list', {});
  expect(drafts.drafts.map((draft) => draft.headline)).toEqual([HEADLINE]);
});

test('an empty file is refused with its reason and creates no draft; Escape closes the dialog', async ({ app: page, host }) => {
  await dropFiles(page, [{ name: 'empty.txt', text: '', type: 'text/plain' }]);

  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByTestId('import-status')).toHaveText('Done: 0 of 1 imported, 1 not imported.');
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('Not imported');
  await expect(result).toContainText('empty.txt is empty.');
  await expect(result.getByRole('button', { name: /Open draft/ })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByText('No drafts yet.')).toBeVisible();
  expect((await host.call('drafts.list', {})).drafts).toEqual([]);
});

test('a file of a kind Copydesk does not import is refused before upload', async ({ app: page, host }) => {
  await dropFiles(page, [{ name: 'photo.png', text: 'not really', type: 'image/png' }]);
  const result = page.getByRole('dialog', { name: 'Import' }).getByTestId('import-result');
  await expect(result).toContainText('photo.png is not a file Copydesk imports');
  expect((await host.call('drafts.list', {})).drafts).toEqual([]);
});

test('the Import button opens the import dialog, whose file picker takes several files; each becomes its own result', async ({ app: page }) => {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  const chooserPromise = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  const chooser = await chooserPromise;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE, 'utf8') },
    { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await expect(dialog.getByTestId('import-status')).toHaveText('Done: 1 of 2 imported, 1 not imported.');
  await expect(dialog.getByTestId('import-result')).toHaveCount(2);
  await expect(dialog.getByTestId('import-result').nth(1)).toContainText('blank.txt is empty.');
  await dialog.getByRole('button', { name: /Open draft/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
});

test('the proposed sources are added to the draft in one click, state-affiliated flag included', async ({ app: page, host }) => {
  await dropFiles(page, [{ name: 'scraped-wire-rewrite.txt', text: SAMPLE, type: 'text/plain' }]);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  const result = dialog.getByTestId('import-result');
  const proposed = result.getByRole('list', { name: 'Sources proposed for scraped-wire-rewrite.txt' });
  await expect(proposed.getByRole('listitem').filter({ hasText: 'RIA Novosti' })).toContainText('state-affiliated');
  await result.getByRole('button', { name: /^Add all \d+ sources to the draft$/ }).click();
  await expect(result.getByRole('status').filter({ hasText: 'Added' })).toContainText(/Added \d+ sources to the draft: .*Reuters/);
  await expect(proposed.getByRole('checkbox').first()).toBeDisabled();

  const [summary] = (await host.call('drafts.list', {})).drafts;
  const draft = await host.call('drafts.open', { id: summary!.id });
  expect(draft.sources.map((source) => source.name)).toEqual(expect.arrayContaining(['Reuters', 'BBC', 'RIA Novosti']));
  expect(draft.sources.find((source) => source.name === 'RIA Novosti')?.stateAffiliated).toBe(true);

  await result.getByRole('button', { name: /Open draft/ }).click();
  const sourcesPanel = page.getByRole('region', { name: /^Sources/ });
  await expect(sourcesPanel.getByRole('listitem', { name: 'RIA Novosti' })).toBeVisible();
  await expect(sourcesPanel.getByRole('listitem', { name: 'Reuters' })).toBeVisible();
});

test('a removed line is restored into the draft from the results', async ({ app: page }) => {
  await dropFiles(page, [{ name: 'scraped-wire-rewrite.txt', text: SAMPLE, type: 'text/plain' }]);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  const removed = dialog.getByRole('list', { name: 'Removed from scraped-wire-rewrite.txt' });
  await removed.getByRole('button', { name: 'Restore “Exit mobile version” to the draft' }).click();
  await expect(removed.getByRole('listitem').filter({ hasText: 'Exit mobile version' })).toContainText('restored to the draft');

  await page.screenshot({ path: 'test-results/import-results.png' });
  const axe = await new AxeBuilder({ page }).include('.import-dialog').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await dialog.getByRole('button', { name: /Open draft/ }).click();
  await expect(editorOf(page)).toContainText('Exit mobile version');
  await expect(editorOf(page)).toContainText('France’s far-right presidential candidate');

  // The open draft offers its original for comparison.
  await page.getByRole('main', { name: 'Draft' }).getByRole('button', { name: 'Compare with original' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare with the original' });
  await expect(compare.getByLabel('Text of scraped-wire-rewrite.txt')).toContainText('Please enter your comment!');
  await expect(compare.getByLabel('Text of the draft')).toContainText('Exit mobile version');
  await expect(compare.getByLabel('Text of the draft')).not.toContainText('Please enter your comment!');
});

test('a page pasted into the import dialog becomes a sanitized draft, and its original can be compared with it', async ({ app: page, host }) => {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  const html = `<html><head><title>Harbour strike ends</title></head><body>
    <nav><a href="/">Home</a> › <a href="/news">News</a></nav>
    <article><h1>Harbour strike ends after nine days</h1>
    <p>Dock workers voted on Friday to end a nine-day strike that had halted container traffic, the union said.<img src=x onerror="window.__pwned = true"></p>
    <p>The port authority said ships would be unloaded again from Saturday morning, according to Reuters.</p>
    <script>window.__pwned = true</script></article>
    <footer>Subscribe to our newsletter</footer></body></html>`;
  await dialog.getByRole('textbox', { name: 'Paste a page' }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'Harbour strike ends after nine days');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
  await expect(dialog.getByTestId('import-status')).toHaveText('Done: 1 of 1 imported.');
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('Pasted page – Harbour strike ends.html');
  await expect(result).toContainText('Harbour strike ends after nine days');

  await result.getByRole('button', { name: /Compare with original/ }).click();
  const compare = page.getByRole('dialog', { name: 'Compare with the original' });
  await expect(compare.getByLabel('Text of Pasted page – Harbour strike ends.html')).toContainText('Subscribe to our newsletter');
  await expect(compare.getByLabel('Text of the draft')).toContainText('Dock workers voted on Friday');
  await expect(compare.getByLabel('Text of the draft')).not.toContainText('Subscribe to our newsletter');
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await expect(dialog).toBeVisible();

  const [summary] = (await host.call('drafts.list', {})).drafts;
  const draft = await host.call('drafts.open', { id: summary!.id });
  expect(JSON.stringify(draft.content)).not.toMatch(/onerror|<script|__pwned/);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});
