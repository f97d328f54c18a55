import { test, expect } from './fixtures';
import { editorOf, MOD, newDraft, saveStateOf } from './helpers';

test('a new draft keeps its headline, heading, bold text, link and list across a reload', async ({ app: page, host }) => {
  await newDraft(page);
  await page.getByLabel('Headline').fill('Le Pen wants closer ties between NATO and Russia');
  await expect(page.getByLabel('Slug')).toHaveValue('le-pen-wants-closer-ties-between-nato-and-russia');

  const editor = editorOf(page);
  await editor.click();
  await page.keyboard.type('France’s far-right candidate spoke on Wednesday.');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'H2 heading' }).click();
  await expect(page.getByRole('button', { name: 'H2 heading' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Exit NATO?');
  await page.keyboard.press('Enter');

  await page.keyboard.type('Le Pen ');
  await page.keyboard.press(`${MOD}+b`);
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('pledged');
  await page.keyboard.press(`${MOD}+b`);
  await page.keyboard.type(' to leave the joint command.');
  await page.keyboard.press('Enter');

  await page.keyboard.type('The remarks were reported by Reuters');
  for (let i = 0; i < 'Reuters'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(`${MOD}+k`);
  const address = page.getByLabel('Link address');
  await expect(address).toBeFocused();
  await address.fill('https://www.reuters.com/world/europe/');
  await address.press('Enter');
  await expect(editor.locator('a')).toHaveText('Reuters');
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('She would stay in the EU.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('She would respect the Paris agreement.');

  await expect(saveStateOf(page)).toHaveText('Saved');
  await expect(page.locator('.status-bar')).toContainText('words');
  const id = new URL(page.url()).hash.replace('#draft=', '');
  const stored = await host.call('drafts.open', { id });
  expect(stored.revision).toBeGreaterThan(0);
  expect(JSON.stringify(stored.content)).toContain('Paris agreement');

  await page.reload();

  await expect(page.getByLabel('Headline')).toHaveValue('Le Pen wants closer ties between NATO and Russia');
  await expect(editor.locator('h2')).toHaveText('Exit NATO?');
  await expect(editor.locator('p').first()).toHaveText('France’s far-right candidate spoke on Wednesday.');
  await expect(editor.locator('strong, .doc-bold').first()).toHaveText('pledged');
  await expect(editor.locator('a[href="https://www.reuters.com/world/europe/"]')).toHaveText('Reuters');
  await expect(editor.locator('ul > li')).toHaveText(['She would stay in the EU.', 'She would respect the Paris agreement.']);
  await expect(saveStateOf(page)).toHaveText('Saved');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Le Pen wants closer ties/ })).toBeVisible();
});

test('links other than http, https and mailto are refused with a visible message', async ({ app: page }) => {
  await newDraft(page);
  await editorOf(page).click();
  await page.keyboard.type('Click here');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Link' }).click();
  await page.getByLabel('Link address').fill('javascript:alert(document.cookie)');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not allowed' })).toBeVisible();
  await expect(editorOf(page).locator('a')).toHaveCount(0);

  await page.getByLabel('Link address').fill('mailto:desk@example.org');
  await page.getByRole('button', { name: 'Add link' }).click();
  await expect(editorOf(page).locator('a[href="mailto:desk@example.org"]')).toHaveText('here');
});

test('undo and redo with the keyboard and the toolbar', async ({ app: page }) => {
  await newDraft(page);
  await editorOf(page).click();
  await page.keyboard.type('First sentence.');
  await page.waitForTimeout(600); // longer than the history merge delay: a separate undo step
  await page.keyboard.type(' Second sentence.');
  await expect(editorOf(page)).toHaveText('First sentence. Second sentence.');

  await page.keyboard.press(`${MOD}+z`);
  await expect(editorOf(page)).toHaveText('First sentence.');
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expect(editorOf(page)).toHaveText('First sentence. Second sentence.');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editorOf(page)).toHaveText('First sentence.');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(editorOf(page)).toHaveText('First sentence. Second sentence.');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});
