import { test, expect } from './fixtures';
import { editorOf, newDraft, saveStateOf } from './helpers';

test('a failed save is shown, retried with backoff, and then succeeds', async ({ app: page, host }) => {
  await newDraft(page);
  await page.getByLabel('Headline').fill('Retry test');
  await expect(saveStateOf(page)).toHaveText('Saved');

  let refused = 0;
  await page.route('**/api/drafts.save', async (route) => {
    if (refused < 2) {
      refused += 1;
      await route.abort('connectionrefused');
    } else {
      await route.continue();
    }
  });
  await editorOf(page).click();
  await page.keyboard.type('Typed while the connection was down.');
  await expect(saveStateOf(page)).toHaveText('Save failed — retrying');
  await expect(saveStateOf(page)).toHaveText('Saved', { timeout: 15_000 });
  expect(refused).toBe(2);
  const id = new URL(page.url()).hash.replace('#draft=', '');
  expect(JSON.stringify((await host.call('drafts.open', { id })).content)).toContain('Typed while the connection was down.');
});

test('edits made just before the window closes are saved', async ({ app: page, host }) => {
  await newDraft(page);
  await page.getByLabel('Headline').fill('Closing test');
  await expect(saveStateOf(page)).toHaveText('Saved');
  const id = new URL(page.url()).hash.replace('#draft=', '');

  await editorOf(page).click();
  await page.keyboard.type('Last words before closing.');
  await expect(saveStateOf(page)).toHaveText('Edited');
  await page.close({ runBeforeUnload: true });

  await expect
    .poll(async () => JSON.stringify((await host.call('drafts.open', { id })).content), { timeout: 10_000 })
    .toContain('Last words before closing.');
});

test('a read-only library says so and nothing can be edited', async ({ app: page, host }) => {
  await host.call('drafts.create', { meta: { headline: 'Archived story' } });
  await page.route('**/api/drafts.list', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: { readOnly: boolean } };
    body.value.readOnly = true;
    await route.fulfill({ response, json: body });
  });
  await page.reload();

  await expect(page.getByRole('alert').filter({ hasText: 'Read-only library' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'New draft' })).toBeDisabled();
  await page.getByRole('button', { name: /Archived story/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Archived story');
  await expect(page.getByLabel('Headline')).toHaveAttribute('readonly', '');
  await expect(editorOf(page)).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Bold' })).toBeDisabled();
  await expect(saveStateOf(page)).toHaveText('Read-only');
});
