import type { ParsedRequestOf } from '../../../shared/api/channels';
import { DraftMetaSchema } from '../../../shared/model/draft';

/**
 * The content the crash child saves as revision `revision` of draft `id`. It is a
 * pure function of both, so after a kill the parent can tell exactly which save a
 * file holds, and that it holds all of it. The paragraphs make each save tens
 * of kilobytes, so a kill often lands in the middle of a write.
 */
export function contentFor(id: string, revision: number): ParsedRequestOf<'drafts.save'>['content'] {
  const paragraphs = 24 + (revision % 17);
  return {
    root: {
      type: 'root',
      version: 1,
      children: Array.from({ length: paragraphs }, (_, index) => ({
        type: 'paragraph',
        version: 1,
        children: [
          {
            type: 'text',
            version: 1,
            text: `${id} revision ${revision} paragraph ${index}: ${'The council said the budget would pass. '.repeat(20)}`,
            format: 0,
            detail: 0,
            mode: 'normal',
            style: '',
          },
        ],
      })),
    },
  };
}

export function saveRequestFor(id: string, baseRevision: number): ParsedRequestOf<'drafts.save'> {
  const revision = baseRevision + 1;
  return {
    id,
    baseRevision,
    meta: DraftMetaSchema.parse({ headline: `${id} at revision ${revision}` }),
    sources: [],
    content: contentFor(id, revision),
    status: 'draft',
    checkOverrides: [],
  };
}
