import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-files';
import { wordDocument } from './docx-fixture';

describe('a Word document', async () => {
  const [result] = await importFiles([{ name: 'wind-farms.docx', bytes: wordDocument() }], { detect: () => [] });
  const children = result?.draftInput?.content.root.children ?? [];

  it('imports with its title as headline, its byline and its closing credit', () => {
    expect(result?.error).toBeUndefined();
    expect(result?.ok).toBe(true);
    expect(result?.draftInput?.meta).toMatchObject({
      headline: 'Wind farms approved off Crete',
      byline: 'Eleni Markou',
      credit: 'Kathimerini',
      basedOnOtherOutlet: true,
    });
  });

  it('keeps headings, bold text and links', () => {
    expect(children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    const second = JSON.stringify(children[1]);
    expect(second).toContain('"text":"two years","type":"text"');
    expect(second).toMatch(/"format":1,"mode":"normal","style":"","text":"two years"/);
    expect(second).toContain('"url":"https://ypen.example/press/offshore-wind"');
    expect(result?.original?.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
