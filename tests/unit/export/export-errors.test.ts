import { describe, expect, it } from 'vitest';
import { ExportError, exportDraftHtml } from '../../../shared/export/index';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { FIXTURE_OPTIONS, loadDraft } from './fixture-support';

function draftWith(blocks: SerializedNodeShape[]) {
  const draft = loadDraft('base-draft.json');
  return { ...draft, content: { root: { type: 'root', version: 1, children: blocks } } };
}

const paragraph = (...children: SerializedNodeShape[]): SerializedNodeShape => ({ type: 'paragraph', version: 1, children });
const text = (value: string): SerializedNodeShape => ({ type: 'text', version: 1, text: value, format: 0 });

function exportError(blocks: SerializedNodeShape[]): ExportError {
  try {
    exportDraftHtml(draftWith(blocks), { ...FIXTURE_OPTIONS, form: 'fragment' });
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('the export did not fail');
}

describe('content the export cannot render faithfully', () => {
  it('an unknown node type is an error naming the type and its path', () => {
    const error = exportError([paragraph(text('Intro')), paragraph(text('See '), { type: 'youtube', version: 1, videoID: 'x' })]);
    expect(error.message).toBe('unknown node type "youtube": export has no transformer for it at root.children[1].children[1]');
    expect(error.path).toBe('root.children[1].children[1]');
  });

  it('an unknown block type is an error too, not a skipped block', () => {
    expect(exportError([{ type: 'table', version: 1, children: [] }]).message).toContain('"table"');
  });

  it('a malformed heading tag is an error', () => {
    expect(exportError([{ type: 'heading', version: 1, tag: 'h9', children: [text('x')] }]).message).toBe(
      'the heading tag "h9" is not h1-h6 at root.children[0]',
    );
  });

  it('a text node without text is an error', () => {
    expect(exportError([paragraph({ type: 'text', version: 1, format: 0 })]).message).toBe(
      'the text node\'s "text" must be a string at root.children[0].children[0]',
    );
  });

  it('an attribution with an unknown kind or no source ids is an error', () => {
    const attribution = (fields: Record<string, unknown>): SerializedNodeShape => ({ type: 'attribution', version: 1, children: [text('x')], ...fields });
    expect(exportError([paragraph(attribution({ sourceIds: ['reuters'], kind: 'rumour' }))]).message).toMatch(/^the attribution node is malformed .* at root\.children\[0\]\.children\[0\]$/);
    expect(exportError([paragraph(attribution({ sourceIds: [], kind: 'claim' }))]).message).toMatch(/malformed/);
  });

  it('an unknown list type is an error', () => {
    expect(exportError([{ type: 'list', version: 1, listType: 'roman', children: [] }]).message).toContain('"roman"');
  });

  it('a publication time that is not ISO 8601 is an error', () => {
    expect(() => exportDraftHtml(draftWith([]), { ...FIXTURE_OPTIONS, form: 'page', publishedAt: 'yesterday' })).toThrow(ExportError);
  });

  it('an attribution to a source missing from the draft is exported, with a warning', () => {
    const result = exportDraftHtml(
      draftWith([paragraph({ type: 'attribution', version: 1, sourceIds: ['ghost'], kind: 'claim', children: [text('they said')] })]),
      { ...FIXTURE_OPTIONS, form: 'fragment' },
    );
    expect(result.html).toContain('<span class="attribution attribution-claim" data-source-ids="ghost">they said</span>');
    expect(result.warnings).toEqual(['an attribution names the source "ghost", which is not in the draft\'s sources (at root.children[0].children[0])']);
  });
});
