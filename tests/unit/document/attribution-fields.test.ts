import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../shared/document/extract-text';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { attribution, editorState, paragraph, text } from './lexical-fixtures';

/** An attribution node whose fields are set by hand, valid or not. */
const oddAttribution = (fields: Record<string, unknown>): SerializedNodeShape => ({ ...attribution(['reuters'], 'quote', text('words')), ...fields });

describe('attribution fields read many times', () => {
  it('still refuses a node that differs from an accepted one only where the schema looks', () => {
    const state = editorState(
      paragraph(attribution(['reuters', 'ap'], 'quote', text('first'))),
      paragraph(oddAttribution({ sourceIds: ['reuters ap'] })),
      paragraph(oddAttribution({ sourceIds: ['reuters', 'ap'], kind: 'rumour' })),
      paragraph(oddAttribution({ sourceIds: ['reuters', 'ap'], version: 2 })),
      paragraph(oddAttribution({ sourceIds: ['reuters', 'Not An Id'] })),
      paragraph(attribution(['reuters', 'ap'], 'quote', text('again'))),
    );
    for (let round = 0; round < 2; round += 1) {
      const document = extractDocumentText(state);
      expect(document.linkedPassages.map(({ sourceIds, kind }) => [sourceIds, kind])).toEqual([
        [['reuters', 'ap'], 'quote'],
        [['reuters', 'ap'], 'quote'],
      ]);
      expect(document.issues.map(({ path, problem }) => [path[0], problem.startsWith('attribution without valid source ids')])).toEqual([
        [1, true],
        [2, true],
        [3, true],
        [4, true],
      ]);
    }
  });

  it('gives every passage its own list of source ids', () => {
    const state = editorState(paragraph(attribution(['reuters'], 'claim', text('one'))), paragraph(attribution(['reuters'], 'claim', text('two'))));
    const [first, second] = extractDocumentText(state).linkedPassages;
    first!.sourceIds.push('ap');
    expect(second!.sourceIds).toEqual(['reuters']);
    expect(extractDocumentText(state).linkedPassages[0]!.sourceIds).toEqual(['reuters']);
  });
});
