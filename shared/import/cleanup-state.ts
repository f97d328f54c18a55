import type { ImportBlock } from './blocks';

/**
 * What a reader knew about the document besides its blocks: an HTML page's
 * <title> and article metadata, a Word file's core properties. Rules use them
 * to recognise the headline and byline among the blocks.
 */
export interface ImportHints {
  title?: string;
  byline?: string;
  excerpt?: string;
  /** A summary the page marks as such (a subtitle or standfirst element). */
  standfirst?: string;
  /** As found in the file; parsed by the publication-date rule. */
  publishedTime?: string;
  siteName?: string;
}

/** The metadata the rules recognise. Only fields a rule found are present. */
export interface RecognisedMeta {
  headline?: string;
  standfirst?: string;
  byline?: string;
  dateline?: string;
  credit?: string;
  basedOnOtherOutlet?: boolean;
  /** YYYY-MM-DD. DraftMeta has no date field: this goes to the credited source's datePublished. */
  publicationDate?: string;
}

export interface CleanupState {
  blocks: ImportBlock[];
  meta: RecognisedMeta;
  hints: ImportHints;
}
