import { describe, expect, it } from 'vitest';
import { restorePosition, withRestoredLine } from '../../../shared/import/draft-changes/restore-line';
import { blocksToLexical } from '../../../shared/import/lexical/blocks-to-lexical';
import { parsePlainText } from '../../../shared/import/parse/plain-text';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';

function textOf(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

const body = blocksToLexical(parsePlainText('First paragraph.\n\nSecond paragraph.\n\nThird paragraph.'));

describe('restoring a line the import removed', () => {
  it('puts the line back as a paragraph where it was', () => {
    const restored = withRestoredLine(body, 'Exit mobile version', 1);
    expect(restored.root.children!.map(textOf)).toEqual(['First paragraph.', 'Exit mobile version', 'Second paragraph.', 'Third paragraph.']);
    expect(restored.root.children![1]!.type).toBe('paragraph');
    expect(body.root.children).toHaveLength(3);
  });

  it('keeps the line breaks of a multi-line removal and puts a line past the end at the end', () => {
    const restored = withRestoredLine(body, 'Related:\nOne\nTwo', 99);
    expect(restored.root.children!.map(textOf).at(-1)).toBe('Related:\nOne\nTwo');
  });

  it('moves a line down by each line restored before it, keeping the file order of lines removed from one spot', () => {
    const crumb = { restoreAt: 0, origin: 0 };
    const share = { restoreAt: 0, origin: 2 };
    const footer = { restoreAt: 3, origin: 9 };
    expect(restorePosition(footer, [])).toBe(3);
    expect(restorePosition(footer, [crumb, share])).toBe(5);
    expect(restorePosition(crumb, [share])).toBe(0);
    expect(restorePosition(share, [crumb])).toBe(1);
  });
});
