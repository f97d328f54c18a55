import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { ARTICLE, articleText } from './article';
import { editorOf, newDraft, pasteHtml, saveStateOf } from './helpers';
import { countWords, readingMinutes } from '../../renderer/status/wordCount';

const OTHER_DRAFTS = [
  ['Council approves new tram line for the east side', 'ready', 'The city council voted 31 to 12 on Tuesday to fund the eastern tram extension, which is due to open in 2029.'],
  ['Hospital waiting times fall for a third month', 'in-review', 'Median waits for planned surgery fell to 14 weeks in October, the health ministry said.'],
] as const;

function paragraphs(text: string) {
  const paragraph = {
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
  };
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } };
}

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

/**
 * A real wire rewrite, pasted from its web page and given its metadata, is
 * laid out, counted and saved. The screenshot of it is attached to the report;
 * COPYDESK_UPDATE_SCREENSHOT=1 also copies it to docs/screenshot.png.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`a pasted wire story with its metadata is counted, saved and laid out (${scheme})`, async ({ app: page, host }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    for (const [headline, status, body] of OTHER_DRAFTS) {
      const other = await host.call('drafts.create', { meta: { headline }, content: paragraphs(body) });
      const { id, meta, sources, content, checkOverrides } = other;
      await host.call('drafts.save', { id, meta, sources, content, checkOverrides, baseRevision: other.revision, status });
    }

    await newDraft(page);
    await page.getByLabel('Headline').fill(ARTICLE.headline);
    await page.getByLabel('Standfirst').fill(ARTICLE.standfirst);
    await page.getByLabel('Byline').fill(ARTICLE.byline);
    await page.getByLabel('Section').fill(ARTICLE.section);
    await page.getByLabel('Dateline').fill(ARTICLE.dateline);
    for (const tag of ARTICLE.tags) {
      await page.getByRole('textbox', { name: 'Tags', exact: true }).fill(tag);
      await page.getByRole('textbox', { name: 'Tags', exact: true }).press('Enter');
    }
    await page.getByLabel('Syndication credit').fill(ARTICLE.credit);
    await page.getByLabel('Based on another outlet’s story').check();
    await page.getByLabel('Status', { exact: true }).selectOption('in-review');

    await editorOf(page).click();
    await pasteHtml(page, ARTICLE.html, articleText());
    await expect(editorOf(page).locator('h2')).toHaveText('Exit NATO?');
    await expect(editorOf(page).locator('p')).toHaveCount(8);

    const words = countWords(articleText());
    await expect(page.locator('.status-bar')).toContainText(`${words} words`);
    await expect(page.locator('.status-bar')).toContainText(`${readingMinutes(words)} min read`);
    await expect(saveStateOf(page)).toHaveText('Saved');
    await page.reload();
    await expect(page.getByLabel('Headline')).toHaveValue(ARTICLE.headline);
    await expect(page.getByRole('list', { name: 'Tags added' }).getByRole('listitem')).toHaveText(ARTICLE.tags.map((tag) => new RegExp(`^${tag}`)));
    await expect(page.getByLabel('Slug')).toHaveValue('le-pen-wants-closer-ties-between-nato-and-russia-it-wants-to-stay-in-the-eu');
    await expect(page.getByLabel('Based on another outlet’s story')).toBeChecked();
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('in-review');

    await page.getByRole('navigation', { name: 'Library' }).getByLabel('Search drafts').focus();
    await page.getByRole('navigation', { name: 'Library' }).getByLabel('Search drafts').blur();
    const file = testInfo.outputPath(`editor-${scheme}.png`);
    await page.screenshot({ path: file });
    await testInfo.attach(`editor-${scheme}`, { path: file, contentType: 'image/png' });
    if (scheme === 'light' && process.env.COPYDESK_UPDATE_SCREENSHOT === '1') await copyFile(file, SCREENSHOT);
  });
}
