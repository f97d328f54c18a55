import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ARTICLE, articleText } from './article';
import { editorOf, newDraft, pasteHtml, saveStateOf } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`the workstation with an open article has no axe violations (${scheme})`, async ({ app: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await newDraft(page);
    await page.getByLabel('Headline').fill(ARTICLE.headline);
    await page.getByRole('textbox', { name: 'Tags', exact: true }).fill('France');
    await page.getByRole('textbox', { name: 'Tags', exact: true }).press('Enter');
    await editorOf(page).click();
    await pasteHtml(page, ARTICLE.html, articleText());
    await expect(saveStateOf(page)).toHaveText('Saved');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('everything can be reached with the keyboard', async ({ app: page }) => {
  await newDraft(page);
  await page.getByLabel('Headline').fill('Keyboard story');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Standfirst')).toBeFocused();
  // Tab through the details and the toolbar into the body.
  for (let i = 0; i < 30; i += 1) {
    if (await editorOf(page).evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.type('Typed without a mouse.');
  await expect(editorOf(page)).toContainText('Typed without a mouse.');
});
