import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportDraftHtml } from '../../../shared/export/index';
import { FIXTURE_OPTIONS, loadDraft, nodeFixtureDraft } from './fixture-support';
import { hostileDraft, hostileOptions } from './hostile-draft';

/** The part of axe-core's API this test uses (axe-core arrives with @axe-core/playwright). */
interface AxeWindow {
  axe: {
    run(context: Document, options: { rules: Record<string, { enabled: boolean }> }): Promise<{
      violations: Array<{ id: string; help: string; nodes: Array<{ html: string }> }>;
      passes: unknown[];
    }>;
  };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(html: string): Promise<{ violations: string[]; passes: number }> {
  const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
  // axe runs inside the page's own window, the way its jsdom integration documents.
  dom.window.eval(AXE_SOURCE);
  const results = await (dom.window as unknown as AxeWindow).axe.run(dom.window.document, {
    // jsdom has no layout or computed colours; contrast is the one rule it cannot judge.
    rules: { 'color-contrast': { enabled: false } },
  });
  dom.window.close();
  return {
    violations: results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.help}): ${node.html}`)),
    passes: results.passes.length,
  };
}

describe('exported pages are accessible (axe-core, no contrast check in jsdom)', () => {
  const pages: Array<[string, string]> = [
    ['article', exportDraftHtml(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'page' }).html],
    ['hostile', exportDraftHtml(hostileDraft(), hostileOptions('page')).html],
    ...['attribution', 'quote', 'list', 'link'].map(
      (name): [string, string] => [`node-${name}`, exportDraftHtml(nodeFixtureDraft(name), { ...FIXTURE_OPTIONS, form: 'page' }).html],
    ),
  ];
  for (const [name, html] of pages) {
    it(`${name}: no axe violations`, async () => {
      const { violations, passes } = await axeViolations(html);
      expect(violations).toEqual([]);
      // axe really ran its rules on the page.
      expect(passes).toBeGreaterThan(10);
    }, 30_000);
  }

  it('axe does report a violation in a control page', async () => {
    const { violations } = await axeViolations('<!DOCTYPE html><html><head><title>x</title></head><body><main><a href="https://example.com/"></a></main></body></html>');
    expect(violations.length).toBeGreaterThan(0);
  }, 30_000);
});
