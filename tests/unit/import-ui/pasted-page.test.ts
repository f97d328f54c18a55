import { describe, expect, it } from 'vitest';
import { ImportFileNameSchema } from '../../../shared/import/file-name';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import { PastedPageSchema, pastedPageFileName } from '../../../shared/import/pasted-page';
import { draftParagraphs } from '../../../renderer/import/draftText';
import { blocksToLexical } from '../../../shared/import/lexical/blocks-to-lexical';
import { parseMarkdown } from '../../../shared/import/parse/markdown';

describe('a page pasted for import', () => {
  it('is refused when the clipboard holds nothing to import, or more than the largest page Copydesk imports', () => {
    expect(PastedPageSchema.safeParse({ html: ' ', text: '\n' }).error?.issues[0]?.message).toBe('The clipboard holds no text to import. Copy the page first.');
    const huge = 'x'.repeat(MAX_IMPORT_BYTES.html + 1);
    expect(PastedPageSchema.safeParse({ html: huge, text: 'short' }).error?.issues[0]?.message).toMatch(/larger than the largest web page/);
    expect(PastedPageSchema.safeParse({ html: '', text: 'Budget passes' }).success).toBe(true);
  });

  it('is named after its title, as a file name the import accepts whatever the title holds', () => {
    expect(pastedPageFileName('Harbour strike ends', 'html')).toBe('Pasted page – Harbour strike ends.html');
    expect(pastedPageFileName('', 'text')).toBe('Pasted page.txt');
    const hostile = pastedPageFileName('../../etc/passwd\u0000\nNews / World', 'html');
    expect(hostile).toBe('Pasted page – .. .. etc passwd News World.html');
    expect(ImportFileNameSchema.safeParse(hostile).success).toBe(true);
    expect(pastedPageFileName('A'.repeat(500), 'html').length).toBeLessThan(120);
  });
});

describe('the draft text set beside the original', () => {
  it('is the body paragraph by paragraph, list items on their own lines', () => {
    const content = blocksToLexical(parseMarkdown('First paragraph.\n\n- one\n- two\n\nLast *paragraph*.'));
    expect(draftParagraphs(content)).toEqual(['First paragraph.', 'one\ntwo', 'Last paragraph.']);
  });
});
