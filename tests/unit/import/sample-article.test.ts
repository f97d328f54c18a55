import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-files';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';

const SAMPLE_PATH = fileURLToPath(new URL('../../../../shared/samples/scraped-wire-rewrite.txt', import.meta.url));
const HEADLINE = 'Le Pen wants closer ties between NATO and Russia – It wants to stay in the EU';
const CHROME = ['Home World', 'Please enter your comment!', 'Please enter your name here', 'Exit mobile version', 'Source: Capital'];

function textOf(node: SerializedNodeShape): string {
  return typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('');
}

describe('the scraped wire rewrite sample', async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
  const [result] = await importFiles([{ name: 'scraped-wire-rewrite.txt', bytes }]);
  const blocks = result?.draftInput?.content.root.children ?? [];
  const paragraphs = blocks.map(textOf);

  it('imports', () => {
    expect(result).toMatchObject({ name: 'scraped-wire-rewrite.txt', ok: true });
  });

  it('has the headline in the metadata, and once only', () => {
    expect(result?.draftInput?.meta.headline).toBe(HEADLINE);
    expect(paragraphs.filter((text) => text.includes('Le Pen wants closer ties'))).toEqual([]);
  });

  it('has a body from the first paragraph to the paragraph about the second round', () => {
    expect(paragraphs[0]).toMatch(/^France’s far-right presidential candidate/);
    expect(paragraphs.at(-1)).toMatch(/^It is noted that the second round of presidential elections/);
    expect(paragraphs).toContain('Exit NATO?');
  });

  it('credits Capital and marks the draft as based on another outlet', () => {
    expect(result?.draftInput?.meta).toMatchObject({ credit: 'Capital', basedOnOtherOutlet: true });
  });

  it('has none of the chrome lines, and reports each as removed', () => {
    for (const chrome of CHROME) expect(paragraphs.some((text) => text.includes(chrome))).toBe(false);
    expect(result?.removed.map((line) => line.ruleId)).toEqual([
      'breadcrumb',
      'headline',
      'repeated-headline',
      'trailing-credit',
      'comment-form',
      'comment-form',
      'mobile-version',
    ]);
  });

  it('proposes Reuters, the BBC and RIA Novosti (state-affiliated) as sources, and Capital as credited', () => {
    const proposed = new Map(result?.proposedSources.map((source) => [source.name, source]));
    expect(proposed.get('Reuters')).toMatchObject({ kind: 'wire-agency', known: true });
    expect(proposed.get('BBC')).toMatchObject({ kind: 'outlet', known: true });
    expect(proposed.get('RIA Novosti')).toMatchObject({ kind: 'wire-agency', stateAffiliated: true, known: true });
    expect(proposed.get('Capital')).toMatchObject({ reason: 'credit' });
  });

  it('keeps the original bytes for the draft history', () => {
    expect(result?.original).toMatchObject({ name: 'scraped-wire-rewrite.txt', mediaType: 'text/plain' });
    expect(result?.original?.bytes).toEqual(bytes);
    expect(result?.original?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
