import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { test, expect } from './fixtures';
import { editorState, paragraph, text } from '../unit/document/lexical-fixtures';
import { editorOf, MOD } from './helpers';

const HEADLINE = 'Talks stall in Brussels';
const QUOTE = '“We will never accept these terms under any circumstances,”';
const content = editorState(
  paragraph(text('The minister arrived in Brussels on Monday, according to Reuters.')),
  paragraph(text(`${QUOTE} the statement read.`)),
  paragraph(text('Negotiators reportedly stated that a deal was close.')),
  paragraph(text('The mayor claimed the budget was balanced.')),
);

test('an unattributed quote blocks "ready" until fixed or overridden; the export is saved, valid and in history', async ({ app, host }) => {
  const draft = await host.call('drafts.create', { meta: { headline: HEADLINE, byline: 'A. Writer' }, content });
  await app.reload();
  await app.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(HEADLINE) }).click();

  const panel = app.getByRole('region', { name: 'Check' });
  const status = app.getByRole('combobox', { name: 'Status', exact: true });
  const quoteFinding = panel.locator('.check-finding[data-rule="Q-SPEAKER"]');
  const outletFinding = panel.locator('.check-finding[data-rule="S-OUTLET"]');
  await expect(quoteFinding).toContainText('We will never accept');
  await expect(outletFinding).toContainText('Reuters');

  await expect(panel.locator('.check-legend')).toContainText('Errors 2');
  await panel.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    element.closest('.side-panel')?.scrollBy(0, -16);
  });
  await app.screenshot({ path: 'docs/screenshot-check.png' });

  // Ready is refused, and the refusal names what stops it.
  await status.selectOption('ready');
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('Cannot mark this draft ready');
  await expect(refusal).toContainText('Q-SPEAKER');
  await expect(refusal).toContainText(QUOTE);
  await expect(status).toHaveValue('draft');
  // The findings are painted in the text without touching the document.
  const painted = await app.evaluate(() => ['error', 'warning', 'info'].map((severity) => CSS.highlights.get(`copydesk-check-${severity}`)?.size ?? 0));
  expect(painted[0]).toBeGreaterThanOrEqual(2);
  await expect(app.locator('[contenteditable] mark')).toHaveCount(0);

  // Clicking a finding selects its words in the editor.
  await quoteFinding.getByRole('button', { name: /Q-SPEAKER/ }).click();
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);

  // A text fix is an ordinary edit: one click applies it, Undo takes it back.
  const verbFinding = panel.locator('.check-finding[data-rule="V-NEUTRAL"]');
  await verbFinding.getByRole('button', { name: 'Write “said”' }).click();
  await expect(editorOf(app)).toContainText('The mayor said the budget was balanced.');
  await expect(verbFinding).toHaveCount(0);
  await app.keyboard.press(`${MOD}+z`);
  await expect(editorOf(app)).toContainText('The mayor claimed the budget was balanced.');
  await expect(verbFinding).toHaveCount(1);

  // One-click fix: Reuters becomes a source (with the report's URL the rule asks for).
  await outletFinding.getByLabel('URL').fill('https://www.reuters.com/world/europe/brussels-talks');
  await outletFinding.getByRole('button', { name: 'Add Reuters as a source' }).click();
  await expect(outletFinding).toHaveCount(0);

  // The quote is overridden with a written reason.
  await quoteFinding.getByRole('button', { name: 'Override…' }).click();
  await quoteFinding.getByLabel('Reason for the override').fill('The ministry statement is the speaker; it is named in the standfirst.');
  await quoteFinding.getByRole('button', { name: 'Override', exact: true }).click();
  await expect(panel.locator('.check-overridden[data-rule="Q-SPEAKER"]')).toContainText('Overridden by Editor');

  // Now ready is accepted, by the renderer and by the store.
  await status.selectOption('ready');
  await expect(status).toHaveValue('ready');
  await expect
    .poll(async () => {
      const stored = await host.call('drafts.open', { id: draft.id });
      return { status: stored.status, overrides: stored.checkOverrides.map((entry) => [entry.ruleId, entry.passage, entry.by]) };
    })
    .toEqual({ status: 'ready', overrides: [['Q-SPEAKER', QUOTE, 'Editor']] });

  // Export: preview, summary, and a saved file.
  await panel.getByRole('button', { name: 'Export HTML…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export HTML' });
  await expect(dialog.getByTestId('export-summary')).toContainText('0 errors');
  await expect(dialog.getByTestId('export-summary')).toContainText('1 overridden');
  await expect(dialog.frameLocator('iframe.export-preview').locator('h1')).toHaveText(HEADLINE);
  // The preview wears the page's own stylesheet (serif body), as the website reader will see it.
  await expect(dialog.frameLocator('iframe.export-preview').locator('body')).toHaveCSS('font-family', /Georgia/);
  const downloading = app.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save to file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('talks-stall-in-brussels.html');

  const html = await readFile(await download.path(), 'utf8');
  const page = new JSDOM(html).window.document;
  expect(page.querySelector('article h1')?.textContent).toBe(HEADLINE);
  expect([...page.querySelectorAll('script')].map((script) => script.type)).toEqual(['application/ld+json']);
  expect(JSON.parse(page.querySelector('script')?.textContent ?? '')).toMatchObject({ '@type': 'NewsArticle', headline: HEADLINE });
  const handlers = [...page.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
  expect(handlers).toEqual([]);
  expect(page.querySelector('.sources, [class*="sources"]')?.textContent).toContain('Reuters');

  // The saved export is in the draft's history (the preview was not), with its file and check summary.
  await expect(dialog.getByRole('status')).toContainText('recorded in the draft’s history');
  const { snapshots } = await host.call('history.list', { id: draft.id });
  const exported = snapshots.filter((snapshot) => snapshot.reason === 'export');
  expect(exported).toHaveLength(1);
  expect(exported[0]?.exported).toEqual({ fileName: 'talks-stall-in-brussels.html', checkSummary: expect.objectContaining({ error: 0, overridden: 1 }) });

  // The fragment for a CMS goes to the clipboard (and is recorded as an export of its own).
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The article fragment is on the clipboard and recorded in the draft’s history.');
  const fragment = await app.evaluate(() => navigator.clipboard.readText());
  expect(fragment).toContain('<article');
  expect(fragment).not.toContain('<html');
});

test('when the store refuses a move to ready that the live check allowed, the status is put back and the edits still save', async ({ app, host }) => {
  const clean = editorState(paragraph(text('The council met on Tuesday and approved the budget.')));
  const draft = await host.call('drafts.create', { meta: { headline: 'Council approves budget' }, content: clean });
  await app.reload();
  await app.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Council approves budget/ }).click();
  const panel = app.getByRole('region', { name: 'Check' });
  await expect(panel.locator('.check-legend')).toContainText('Errors 0');

  // The service is the authority: here it refuses once, as it would on findings the renderer could not see.
  let refusals = 0;
  await app.route('**/api/drafts.save', async (route) => {
    const body = route.request().postDataJSON() as { status: string };
    if (body.status !== 'ready' || refusals > 0) return route.continue();
    refusals += 1;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'refused', message: 'Cannot mark this draft ready: 1 error-level finding is open.' } }),
    });
  });
  const status = app.getByRole('combobox', { name: 'Status', exact: true });
  await status.selectOption('ready');
  await app.keyboard.press(`${MOD}+s`);
  await expect(panel.getByRole('alert')).toContainText('1 error-level finding is open');
  await expect(status).toHaveValue('draft');

  // The saver was not stopped: the next edit is saved, with the status put back.
  await editorOf(app).click();
  await app.keyboard.press('End');
  await app.keyboard.type(' It takes effect in May.');
  await app.keyboard.press(`${MOD}+s`);
  await expect
    .poll(async () => {
      const stored = await host.call('drafts.open', { id: draft.id });
      return { status: stored.status, saysMay: JSON.stringify(stored.content).includes('takes effect in May') };
    })
    .toEqual({ status: 'draft', saysMay: true });
  expect(refusals).toBe(1);
});

test('when the check cannot run, the panel says so and "ready" is refused rather than let through unchecked', async ({ app, host }) => {
  await host.call('drafts.create', { meta: { headline: HEADLINE }, content });
  // The check runs in a worker loaded from its own script; here that script never arrives.
  await app.route('**/check.worker-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await app.reload();
  await app.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(HEADLINE) }).click();

  const panel = app.getByRole('region', { name: 'Check' });
  await expect(panel.getByRole('alert')).toContainText('The check stopped working');
  await expect(panel.getByRole('alert')).toContainText('Reload the window');

  const status = app.getByRole('combobox', { name: 'Status', exact: true });
  await status.selectOption('ready');
  const refusal = panel.getByRole('alert').filter({ hasText: 'Cannot mark this draft ready' });
  await expect(refusal).toContainText('The check could not run, so nothing confirms the draft is clear');
  await expect(status).toHaveValue('draft');
});
