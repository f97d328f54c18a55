import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/import/blocks';
import { parsePlainText } from '../../../shared/import/parse/plain-text';
import { BODY, BODY_2 } from './helpers';

describe('plain text to blocks', () => {
  it('joins a hard-wrapped paragraph and keeps short stacked lines apart', () => {
    const wrapped = 'The finance minister said on Tuesday that the budget would be\npresented to parliament next week, after talks with the unions\nended without agreement.';
    const blocks = parsePlainText(`${wrapped}\n\nPlease enter your comment!\nPlease enter your name here\r\n`);
    expect(blocks.map(blockText)).toEqual([
      'The finance minister said on Tuesday that the budget would be presented to parliament next week, after talks with the unions ended without agreement.',
      'Please enter your comment!',
      'Please enter your name here',
    ]);
    expect(blocks.map((block) => block.origin)).toEqual([0, 1, 2]);
  });

  it('makes a short line between body paragraphs a crosshead, but not a short line at the top', () => {
    const blocks = parsePlainText(`Budget talks collapse\n\n${BODY}\n\nWhat comes next?\n\n${BODY_2}`);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('reads bulleted and numbered lines as lists', () => {
    const [bullets, numbers] = parsePlainText('- one\n- two\n\n1. first\n2) second');
    expect(bullets).toMatchObject({ kind: 'list', ordered: false, items: [{ depth: 0 }, { depth: 0 }] });
    expect(numbers).toMatchObject({ kind: 'list', ordered: true });
    expect(blockText(numbers!)).toBe('first\nsecond');
  });

  it('drops a byte-order mark and control characters', () => {
    expect(parsePlainText('\uFEFFHello\u0007 world').map(blockText)).toEqual(['Hello world']);
  });
});
