import type { Draft } from '../../../shared/model/draft';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';

/**
 * The saves an editor's autosave would send while working on `draft`: the
 * whole draft each time, with the last paragraph growing by a few words.
 */
export function* savesOf(draft: Draft, count: number): Generator<Omit<Draft, 'schemaVersion' | 'revision' | 'createdAt' | 'updatedAt'> & { index: number }> {
  const children = draft.content.root.children ?? [];
  const last = children.map((child) => child.type).lastIndexOf('paragraph');
  if (last < 0) throw new Error('the draft has no paragraph to edit');
  for (let index = 0; index < count; index += 1) {
    const grown: SerializedNodeShape = {
      ...children[last]!,
      children: [...(children[last]!.children ?? []), { detail: 0, format: 0, mode: 'normal', style: '', text: ` Edit ${index + 1}.`, type: 'text', version: 1 }],
    };
    yield {
      index,
      id: draft.id,
      meta: draft.meta,
      sources: draft.sources,
      content: { root: { ...draft.content.root, children: children.map((child, at) => (at === last ? grown : child)) } },
      status: draft.status,
      checkOverrides: draft.checkOverrides,
    };
  }
}
