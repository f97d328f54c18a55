import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../shared/document/extract-text';
import { textRangeToNodeRange, locateTextOffset } from '../../../shared/document/locate';
import { emptyEditorState } from '../../../shared/model/lexical-json';
import { attribution, editorState, heading, lineBreak, link, list, listItem, paragraph, quote, tab, text } from './lexical-fixtures';

const state = editorState(
  heading('h2', text('Exit NATO?')),
  paragraph(
    text('Le Pen pledged – according to '),
    link('https://www.bbc.com/news', text('the BBC')),
    text(' – that she would '),
    attribution(['le-pen'], 'paraphrase', text('retire from the '), text('NATO', 1), text(' military administration')),
    text('.'),
  ),
  paragraph(),
  quote(text('France will not submit'), lineBreak(), text('to a protectorate.')),
  list(listItem(text('First point')), listItem(text('Second'), tab(), text('point'))),
);

describe('extractDocumentText', () => {
  const document = extractDocumentText(state);

  it('gives the article text with one blank line between blocks, skipping empty paragraphs', () => {
    expect(document.text).toBe(
      [
        'Exit NATO?',
        'Le Pen pledged – according to the BBC – that she would retire from the NATO military administration.',
        'France will not submit\nto a protectorate.',
        'First point',
        'Second\tpoint',
      ].join('\n\n'),
    );
    expect(document.paragraphs.map((span) => document.text.slice(span.start, span.end))).toEqual([
      'Exit NATO?',
      'Le Pen pledged – according to the BBC – that she would retire from the NATO military administration.',
      'France will not submit\nto a protectorate.',
      'First point',
      'Second\tpoint',
    ]);
    expect(document.blocks.map((block) => [block.blockType, block.path])).toEqual([
      ['heading', [0]],
      ['paragraph', [1]],
      ['quote', [3]],
      ['listitem', [4, 0]],
      ['listitem', [4, 1]],
    ]);
    expect(document.issues).toEqual([]);
  });

  it('lists the linked attribution passages with their range, sources and kind', () => {
    expect(document.linkedPassages).toHaveLength(1);
    const [passage] = document.linkedPassages;
    expect(document.text.slice(passage!.range.start, passage!.range.end)).toBe('retire from the NATO military administration');
    expect(passage).toMatchObject({ sourceIds: ['le-pen'], kind: 'paraphrase', path: [1, 3] });
  });

  it('maps a text range back to the nodes and offsets it came from', () => {
    const start = document.text.indexOf('BBC');
    expect(textRangeToNodeRange(document, { start, end: start + 3 })).toEqual({
      anchor: { path: [1, 1, 0], offset: 4 },
      focus: { path: [1, 1, 0], offset: 7 },
    });
    const across = document.text.indexOf('the NATO military');
    expect(textRangeToNodeRange(document, { start: across, end: across + 'the NATO military'.length })).toEqual({
      anchor: { path: [1, 3, 0], offset: 12 },
      focus: { path: [1, 3, 2], offset: 9 },
    });
  });

  it('resolves offsets at node boundaries by affinity: starts forward, ends backward', () => {
    const boundary = document.text.indexOf('the BBC');
    expect(locateTextOffset(document, boundary, 'forward')).toEqual({ path: [1, 1, 0], offset: 0 });
    expect(locateTextOffset(document, boundary, 'backward')).toEqual({ path: [1, 0], offset: 'Le Pen pledged – according to '.length });
    const separator = document.paragraphs[0]!.end + 1;
    expect(locateTextOffset(document, separator, 'forward')).toEqual({ path: [1, 0], offset: 0 });
    expect(locateTextOffset(document, separator, 'backward')).toEqual({ path: [0, 0], offset: 'Exit NATO?'.length });
  });

  it('maps line breaks and tabs to their own nodes', () => {
    const lineBreakAt = document.text.indexOf('\n', document.paragraphs[2]!.start);
    expect(locateTextOffset(document, lineBreakAt, 'forward')).toEqual({ path: [3, 1], offset: 0 });
    const tabAt = document.text.indexOf('\t');
    expect(locateTextOffset(document, tabAt, 'forward')).toEqual({ path: [4, 1, 1], offset: 0 });
  });

  it('gives no text for an empty draft', () => {
    const empty = extractDocumentText(emptyEditorState());
    expect(empty).toMatchObject({ text: '', paragraphs: [], linkedPassages: [] });
    expect(locateTextOffset(empty, 0, 'forward')).toBeNull();
  });

  it('makes each item of a nested list a paragraph of its own', () => {
    const nested = extractDocumentText(editorState(list(listItem(text('Outer')), listItem(list(listItem(text('Inner one')), listItem(text('Inner two')))))));
    expect(nested.text).toBe('Outer\n\nInner one\n\nInner two');
    expect(nested.blocks.map((block) => block.path)).toEqual([[0, 0], [0, 1, 0, 0], [0, 1, 0, 1]]);
  });

  it('keeps the words of unknown elements and reports what it could not read', () => {
    const odd = extractDocumentText(
      editorState(
        paragraph(text('Before '), { type: 'mention', version: 1, children: [text('@anna')] }, text(' after')),
        { type: 'horizontalrule', version: 1 },
        paragraph(attribution([], 'quote', text('no source ids'))),
      ),
    );
    expect(odd.text).toBe('Before @anna after\n\nno source ids');
    expect(odd.linkedPassages).toEqual([]);
    expect(odd.issues.map((issue) => [issue.nodeType, issue.path])).toEqual([
      ['mention', [0, 1]],
      ['horizontalrule', [1]],
      ['attribution', [2, 0]],
    ]);
  });
});
