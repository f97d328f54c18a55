import { z } from 'zod';
import { DraftMetaSchema, type DraftMeta } from '../model/draft';
import type { SerializedEditorStateShape } from '../model/lexical-json';
import { blockText, type ImportBlock } from './blocks';
import type { ImportHints, RecognisedMeta } from './cleanup-state';
import { blocksToLexical } from './lexical/blocks-to-lexical';
import type { RemovedLine } from './removed-line';
import { runCleanup } from './run-cleanup';
import { proposeSources, type SourceProposalContext } from './sources/propose-sources';
import type { ProposedSource } from './sources/proposed-source';

export const MetaTargetSchema = z.enum(['headline', 'standfirst', 'byline', 'dateline', 'credit', 'publication-date']);

export const RemovedLineSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  text: z.string(),
  origin: z.number().int().nonnegative(),
  movedTo: MetaTargetSchema.optional(),
  restoreAt: z.number().int().nonnegative(),
});

/** What the import makes of one file, before the draft store gives it an id. */
export type DraftInput = { meta: DraftMeta; content: SerializedEditorStateShape; sources: [] };

export interface ImportedDocument {
  draftInput: DraftInput;
  removed: RemovedLine[];
  proposedSources: ProposedSource[];
  /** YYYY-MM-DD, when the page printed one. DraftMeta has no date field; the credited source carries it. */
  publicationDate?: string;
  /** Things the editor should know that did not stop the import. */
  warnings: string[];
  /** The body had no text left after the clean-up: nothing worth a draft. */
  empty: boolean;
}

/** Cuts a recognised field to what DraftMeta allows, at a word boundary where there is one. */
function clip(text: string | undefined, max: number): string {
  if (!text) return '';
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function metaOf(recognised: RecognisedMeta): DraftMeta {
  return DraftMetaSchema.parse({
    headline: clip(recognised.headline, 500),
    standfirst: clip(recognised.standfirst, 2000),
    byline: clip(recognised.byline, 500),
    dateline: clip(recognised.dateline, 200),
    credit: clip(recognised.credit, 300),
    basedOnOtherOutlet: recognised.basedOnOtherOutlet ?? false,
  });
}

/** The body as plain text, paragraphs separated by blank lines, for the attribution detector. */
export function bodyPlainText(blocks: readonly ImportBlock[]): string {
  return blocks.map((block) => blockText(block).replace(/\n{2,}/g, '\n')).join('\n\n');
}

/**
 * The shared half of every import: clean-up rules, then the Lexical document,
 * the metadata and the proposed sources. Readers (electron/import) only turn
 * bytes into blocks and hints.
 */
export function importBlocks(blocks: ImportBlock[], hints: ImportHints, context: SourceProposalContext): ImportedDocument {
  const { state, removed } = runCleanup({ blocks, meta: {}, hints });
  const meta = metaOf(state.meta);
  const bodyText = bodyPlainText(state.blocks);
  const warnings: string[] = [];
  const proposedSources = proposeSources(
    { bodyText, credit: meta.credit, ...(state.meta.publicationDate ? { publicationDate: state.meta.publicationDate } : {}) },
    context,
    warnings,
  );
  return {
    draftInput: { meta, content: blocksToLexical(state.blocks), sources: [] },
    removed,
    proposedSources,
    warnings,
    ...(state.meta.publicationDate ? { publicationDate: state.meta.publicationDate } : {}),
    empty: bodyText.trim() === '',
  };
}
