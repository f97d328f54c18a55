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

test('the Import button opens a file picker for several files; each becomes its own result', async ({ app: page }) => {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import' }).click();
  const chooser = await chooserPromise;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE, 'utf8') },
    { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByTestId('import-status')).toHaveText('Done: 1 of 2 imported, 1 not imported.');
  await expect(dialog.getByTestId('import-result')).toHaveCount(2);
  await expect(dialog.getByTestId('import-result').nth(1)).toContainText('blank.txt is empty.');
  await dialog.getByRole('button', { name: /Open draft/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
});
