import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../shared/document/extract-text';
import { locateTextOffset } from '../../../shared/document/locate';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { attribution, editorState, heading, lineBreak, link, list, listItem, paragraph, quote, tab, text } from './lexical-fixtures';

const inline: fc.Arbitrary<SerializedNodeShape> = fc.letrec<{ node: SerializedNodeShape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 8 }).map((value) => text(value)),
    fc.constant(lineBreak()),
    fc.constant(tab()),
    fc.array(tie('node'), { maxLength: 3 }).map((children) => link('https://example.org', ...children)),
    fc.array(tie('node'), { maxLength: 3 }).map((children) => attribution(['s-1'], 'claim', ...children)),
  ),
})).node;

const block: fc.Arbitrary<SerializedNodeShape> = fc.oneof(
  fc.array(inline, { maxLength: 4 }).map((children) => paragraph(...children)),
  fc.array(inline, { maxLength: 4 }).map((children) => heading('h2', ...children)),
  fc.array(inline, { maxLength: 4 }).map((children) => quote(...children)),
  fc.array(fc.array(inline, { maxLength: 3 }), { maxLength: 3 }).map((items) => list(...items.map((children) => listItem(...children)))),
);

function nodeAt(root: SerializedNodeShape, path: readonly number[]): SerializedNodeShape {
  return path.reduce((node, index) => node.children![index]!, root);
}

describe('extractDocumentText on arbitrary documents', () => {
  it('maps every character back to the node that holds it', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (blocks) => {
        const state = editorState(...blocks);
        const document = extractDocumentText(state);
        for (const segment of document.segments) {
          const node = nodeAt(state.root, segment.path);
          const expected = node.type === 'text' ? (node.text as string) : node.type === 'tab' ? '\t' : '\n';
          expect(document.text.slice(segment.start, segment.end)).toBe(expected);
        }
        for (let offset = 0; offset < document.text.length; offset += 1) {
          const point = locateTextOffset(document, offset, 'forward');
          const segment = document.segments.find((candidate) => candidate.start <= offset && offset < candidate.end);
          if (segment) expect(point).toEqual({ path: segment.path, offset: offset - segment.start });
        }
        for (const paragraph of document.paragraphs) expect(paragraph.end).toBeGreaterThan(paragraph.start);
        for (const passage of document.linkedPassages) expect(passage.range.end).toBeLessThanOrEqual(document.text.length);
      }),
      { numRuns: 200 },
    );
  });
});
