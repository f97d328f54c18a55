import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../e2e/fixtures';
import { editorOf, newDraft, saveStateOf } from '../../e2e/helpers';
import { measured } from '../support/records';

function describeViolations(violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>): string[] {
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('axe-core finds no violations on the library, editor, sources, check and export screens', async ({ app: page, host }) => {
  await measured('accessibility', 'axe-core (WCAG 2.x A/AA rules) on the library, the editor with its Sources and Check panels, and the export dialog, light and dark', async (note) => {
    await host.call('drafts.create', { meta: { headline: 'Council approves budget' } });
    await host.call('drafts.create', { meta: { headline: 'Minister resigns' } });
    const lines: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
      const library = await new AxeBuilder({ page }).analyze();
      expect(describeViolations(library.violations), `library (${scheme})`).toEqual([]);
      lines.push(`library (${scheme}): ${library.passes.length} rules passed, 0 violations`);
      note.cases += 1;
    }
    await newDraft(page);
    await page.getByLabel('Headline').fill('Accessible story');
    await editorOf(page).click();
    await page.keyboard.type('The mayor said the plan would work.');
    await expect(saveStateOf(page)).toHaveText('Saved');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const editor = await new AxeBuilder({ page }).analyze();
      expect(describeViolations(editor.violations), `editor (${scheme})`).toEqual([]);
      lines.push(`editor with the Sources and Check panels (${scheme}): ${editor.passes.length} rules passed, 0 violations`);
      note.cases += 1;
    }
    await page.getByRole('button', { name: 'Export HTML…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export HTML' });
    await expect(dialog.frameLocator('iframe.export-preview').locator('h1')).toHaveText('Accessible story');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The sandboxed preview runs no script, so axe cannot enter it; the exported
      // article itself is checked by axe in tests/unit/export.
      const exportDialog = await new AxeBuilder({ page }).exclude('iframe.export-preview').analyze();
      expect(describeViolations(exportDialog.violations), `export dialog (${scheme})`).toEqual([]);
      lines.push(`export dialog (${scheme}): ${exportDialog.passes.length} rules passed, 0 violations`);
      note.cases += 1;
    }
    note.details = lines.join('; ');
  });
});
