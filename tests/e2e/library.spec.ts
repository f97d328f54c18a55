import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';

test('a corrupt draft file is reported by name and reason while the other drafts open', async ({ app: page, host }) => {
  await host.call('drafts.create', { meta: { headline: 'Budget vote delayed to Thursday' } });
  await host.call('drafts.create', { meta: { headline: 'Storm closes coastal roads' } });
  await writeFile(path.join(host.dataDir, 'drafts', 'broken-draft.json'), '{"schemaVersion": 1, "id": "broken-draft", "meta": {');

  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('broken-draft.json');
  await expect(notice.locator('.file-reason')).not.toBeEmpty();

  const library = page.getByRole('navigation', { name: 'Library' });
  for (const headline of ['Budget vote delayed to Thursday', 'Storm closes coastal roads']) {
    await library.getByRole('button', { name: new RegExp(headline) }).click();
    await expect(page.getByLabel('Headline')).toHaveValue(headline);
  }
});

test('search as you type, filter by status, trash and restore', async ({ app: page, host }) => {
  await host.call('drafts.create', { meta: { headline: 'Council approves new tram line' } });
  const ready = await host.call('drafts.create', { meta: { headline: 'Hospital waiting times fall' } });
  await host.call('drafts.save', {
    id: ready.id,
    baseRevision: ready.revision,
    meta: ready.meta,
    sources: [],
    content: ready.content,
    status: 'ready',
    checkOverrides: [],
  });
  await page.reload();

  const library = page.getByRole('navigation', { name: 'Library' });
  const items = library.getByRole('list', { name: 'Drafts' }).getByRole('button');
  await expect(items).toHaveCount(2);

  await library.getByLabel('Search drafts').pressSequentially('tram');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Council approves new tram line');
  await library.getByLabel('Search drafts').fill('');

  await library.getByLabel('Filter by status').selectOption('ready');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Hospital waiting times fall');
  await expect(items).toContainText('Ready');
  await library.getByLabel('Filter by status').selectOption('all');

  await items.filter({ hasText: 'Council approves' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(items).toHaveCount(1);

  await library.getByRole('button', { name: 'Trash' }).click();
  const trashed = library.getByRole('list', { name: 'Trashed drafts' }).getByRole('listitem');
  await expect(trashed).toHaveCount(1);
  await expect(trashed).toContainText('Council approves new tram line');
  await trashed.getByRole('button', { name: /Restore/ }).click();
  await expect(library.getByText('The trash is empty.')).toBeVisible();

  await library.getByRole('button', { name: 'Drafts' }).click();
  await expect(items).toHaveCount(2);

  await items.filter({ hasText: 'Hospital' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await library.getByRole('button', { name: 'Trash' }).click();
  await trashed.getByRole('button', { name: /Delete .* forever…/ }).click();
  await trashed.getByRole('button', { name: /Confirm: delete/ }).click();
  await expect(library.getByText('The trash is empty.')).toBeVisible();
  expect((await host.call('drafts.listTrash', {})).drafts).toEqual([]);
});
