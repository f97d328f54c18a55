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

test('everything can be reached with the keyboard; the toolbar is one Tab stop with arrow keys inside', async ({ app: page }) => {
  await newDraft(page);
  await page.getByLabel('Headline').fill('Keyboard story');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Standfirst')).toBeFocused();

  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const inToolbar = () => toolbar.evaluate((element) => element.contains(document.activeElement));
  for (let i = 0; i < 20 && !(await inToolbar()); i += 1) await page.keyboard.press('Tab');
  // Undo and Redo are disabled while there is nothing to undo, so the one stop is the heading button.
  await expect(toolbar.getByRole('button', { name: 'H2 heading' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editorOf(page)).toBeFocused();
  await page.keyboard.type('Typed without a mouse');

  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'H2 heading' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'H3 subheading' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.locator('button:not(:disabled)').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
  // Redo is still disabled: the arrow skips it.
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'H2 heading' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'H2 heading' })).toHaveAttribute('aria-pressed', 'true');
  await expect(editorOf(page).locator('h2')).toHaveText('Typed without a mouse');
});
