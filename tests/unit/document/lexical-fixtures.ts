import type { SerializedNodeShape, SerializedEditorStateShape } from '../../../shared/model/lexical-json';

/** Serialized Lexical nodes as the editor writes them, with only the fields that matter here. */
export const text = (value: string, format = 0): SerializedNodeShape => ({
  type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '',
});
const element = (type: string, children: SerializedNodeShape[], extra: Record<string, unknown> = {}): SerializedNodeShape => ({
  type, version: 1, direction: 'ltr', format: '', indent: 0, children, ...extra,
});
export const paragraph = (...children: SerializedNodeShape[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
export const heading = (tag: string, ...children: SerializedNodeShape[]) => element('heading', children, { tag });
export const quote = (...children: SerializedNodeShape[]) => element('quote', children);
export const list = (...items: SerializedNodeShape[]) => element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });
export const listItem = (...children: SerializedNodeShape[]) => element('listitem', children, { value: 1 });
export const link = (url: string, ...children: SerializedNodeShape[]) => element('link', children, { url, rel: null, target: null, title: null });
export const attribution = (sourceIds: string[], kind: 'quote' | 'claim' | 'paraphrase', ...children: SerializedNodeShape[]) =>
  element('attribution', children, { sourceIds, kind });
export const lineBreak = (): SerializedNodeShape => ({ type: 'linebreak', version: 1 });
export const tab = (): SerializedNodeShape => ({ type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' });
export const editorState = (...blocks: SerializedNodeShape[]): SerializedEditorStateShape => ({ root: element('root', blocks) });
