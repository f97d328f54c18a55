import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/import/blocks';
import { parseMarkdown } from '../../../shared/import/parse/markdown';
import { parseMarkdownInline } from '../../../shared/import/parse/markdown-inline';

describe('Markdown to blocks', () => {
  it('reads ATX and setext headings, paragraphs, lists, quotes and code', () => {
    const blocks = parseMarkdown(
      ['# Title', '', 'Sub', '---', '', 'Para line one', 'line two', '', '* a', '  * b', '', '> quoted', '', '```', 'code  kept', '```', '', '***'].join('\n'),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'paragraph', 'list', 'quote', 'paragraph']);
    expect(blocks[0]).toMatchObject({ level: 1 });
    expect(blocks[1]).toMatchObject({ level: 2 });
    expect(blockText(blocks[2]!)).toBe('Para line one line two');
    expect(blocks[3]).toMatchObject({ items: [{ depth: 0 }, { depth: 1 }] });
    expect(blocks[5]).toMatchObject({ runs: [{ kind: 'text', text: 'code  kept', formats: ['code'] }] });
  });

  it('limits a list item to one level deeper than the one above', () => {
    const [list] = parseMarkdown('- a\n      - too deep');
    expect(list).toMatchObject({ items: [{ depth: 0 }, { depth: 1 }] });
  });

  it('keeps raw HTML as text, never as markup', () => {
    const [block] = parseMarkdown('<script>alert(1)</script>');
    expect(block).toMatchObject({ kind: 'paragraph', runs: [{ kind: 'text', text: '<script>alert(1)</script>' }] });
  });
});

describe('Markdown inline syntax', () => {
  it('reads emphasis, code, strike-through and links', () => {
    expect(parseMarkdownInline('a **b** *c* ~~d~~ `e` [f](https://example.com)')).toEqual([
      { kind: 'text', text: 'a ', formats: [] },
      { kind: 'text', text: 'b', formats: ['bold'] },
      { kind: 'text', text: ' ', formats: [] },
      { kind: 'text', text: 'c', formats: ['italic'] },
      { kind: 'text', text: ' ', formats: [] },
      { kind: 'text', text: 'd', formats: ['strikethrough'] },
      { kind: 'text', text: ' ', formats: [] },
      { kind: 'text', text: 'e', formats: ['code'] },
      { kind: 'text', text: ' ', formats: [] },
      { kind: 'link', url: 'https://example.com/', runs: [{ kind: 'text', text: 'f', formats: [] }] },
    ]);
  });

  it('keeps the words of an unsafe link and drops the link', () => {
    expect(parseMarkdownInline('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'click)', formats: [] }]);
  });

  it('leaves snake_case, escapes and unmatched markers alone', () => {
    expect(parseMarkdownInline('snake_case_name \\*not\\* 2 * 3')).toEqual([{ kind: 'text', text: 'snake_case_name *not* 2 * 3', formats: [] }]);
  });
});
