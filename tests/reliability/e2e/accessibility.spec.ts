import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../e2e/fixtures';
import { editorOf, newDraft, saveStateOf } from '../../e2e/helpers';
import { measured } from '../support/records';

function describeViolations(violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>): string[] {
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('axe-core finds no violations on the library and editor screens', async ({ app: page, host }) => {
  await measured('accessibility', 'axe-core (WCAG 2.x A/AA rules) on the library screen and the editor screen, light and dark', async (note) => {
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
      lines.push(`editor (${scheme}): ${editor.passes.length} rules passed, 0 violations`);
      note.cases += 1;
    }
    note.details = `${lines.join('; ')}. Sources, check and export screens: not covered here (see the UI engineer's tests/e2e/accessibility.spec.ts)`;
  });
});
