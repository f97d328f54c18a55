import { DraftSchema, type Draft } from '../../../shared/model/draft';
import type { SerializedEditorStateShape } from '../../../shared/model/lexical-json';
import type { Source } from '../../../shared/model/source';

export function makeDraft(fields: {
  content: SerializedEditorStateShape;
  sources?: Source[];
  meta?: Partial<Draft['meta']>;
  checkOverrides?: Draft['checkOverrides'];
}): Draft {
  return DraftSchema.parse({
    schemaVersion: 1,
    id: 'le-pen-nato',
    revision: 3,
    meta: fields.meta ?? {},
    sources: fields.sources ?? [],
    content: fields.content,
    status: 'draft',
    checkOverrides: fields.checkOverrides ?? [],
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T11:00:00.000Z',
  });
}
