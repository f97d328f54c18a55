import { test, expect } from './fixtures';
import { editorOf, saveStateOf } from './helpers';

test('two windows on one draft: the second save is refused as "Changed elsewhere", then Reload or Save as copy', async ({
  app: first,
  host,
  context,
}) => {
  const draft = await host.call('drafts.create', { meta: { headline: 'Ferry strike enters third day' } });
  const openIn = async (page: typeof first) => {
    await page.goto(`${host.url}#draft=${draft.id}`);
    await expect(page.getByLabel('Headline')).toHaveValue('Ferry strike enters third day');
  };
  await openIn(first);
  const second = await context.newPage();
  await openIn(second);

  await editorOf(first).click();
  await first.keyboard.type('Unions said talks would resume on Monday.');
  await expect(saveStateOf(first)).toHaveText('Saved');
  await expect.poll(async () => (await host.call('drafts.open', { id: draft.id })).revision).toBeGreaterThan(draft.revision);

  await editorOf(second).click();
  await second.keyboard.type('Operators cancelled all evening crossings.');
  await expect(saveStateOf(second)).toHaveText('Changed elsewhere');
  const banner = second.getByRole('alert').filter({ hasText: 'Changed elsewhere' });
  await expect(banner).toBeVisible();
  await expect(editorOf(second)).toHaveAttribute('contenteditable', 'false');

  // The first window's text is what is stored: nothing was overwritten.
  expect(JSON.stringify((await host.call('drafts.open', { id: draft.id })).content)).not.toContain('evening crossings');

  await banner.getByRole('button', { name: 'Save as copy' }).click();
  await expect(second.getByLabel('Headline')).toHaveValue('Ferry strike enters third day (copy)');
  await expect(editorOf(second)).toContainText('Operators cancelled all evening crossings.');
  await expect(saveStateOf(second)).toHaveText('Saved');
  const { drafts } = await host.call('drafts.list', {});
  expect(drafts.map((d) => d.headline).sort()).toEqual(['Ferry strike enters third day', 'Ferry strike enters third day (copy)']);

  // Back in the original, a further edit from the second window after Reload starts from the stored text.
  await second.goto(`${host.url}#draft=${draft.id}`);
  await editorOf(first).click();
  await first.keyboard.press('End');
  await first.keyboard.type(' Ministers will meet the unions.');
  await expect(saveStateOf(first)).toHaveText('Saved');
  await editorOf(second).click();
  await second.keyboard.type('Stale edit. ');
  await expect(saveStateOf(second)).toHaveText('Changed elsewhere');
  await second.getByRole('button', { name: 'Reload' }).click();
  await expect(editorOf(second)).toContainText('Ministers will meet the unions.');
  await expect(editorOf(second)).not.toContainText('Stale edit.');
  await expect(editorOf(second)).toHaveAttribute('contenteditable', 'true');
  await expect(saveStateOf(second)).toHaveText('Saved');
});
