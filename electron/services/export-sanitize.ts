import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { Draft } from '../../shared/model/draft';
import { assembleExport, renderExportParts } from '../../shared/export';
import type { ExportOptions, ExportParts } from '../../shared/export';

/*
 * The last line of defence before exported HTML leaves Copydesk. The export
 * already escapes every text and allow-lists every URL; this pass re-parses
 * the article the way a browser would and keeps only the vocabulary the
 * exporter writes. A clean export passes through byte for byte, so anything
 * it reports as removed is a real defect to fix in shared/export.
 *
 * Only the <article> goes through DOMPurify. The JSON-LD <script> would be
 * removed by any sane HTML sanitizer, and it needs none: it is the JSON
 * serialization of an object the exporter built, escaped for <script> by
 * serializeJsonForScript, and is re-attached from that object, never parsed
 * back out of HTML. The page's <head> holds only escaped plain text
 * (title, description) and constants.
 */

/** Exactly the elements shared/export writes inside <article>. */
const EXPORT_TAGS = [
  'article', 'header', 'div', 'aside', 'figure', 'figcaption', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li',
  'a', 'q', 'span', 'time', 'br',
  'strong', 'em', 'u', 's', 'sub', 'sup', 'mark', 'code',
];

/** Attributes whose values are URLs and so must pass the URL allow-list. */
const URL_ATTRIBUTES = ['href', 'cite'];

/** Attributes whose values are never followed as URLs. */
const PLAIN_ATTRIBUTES = ['class', 'id', 'title', 'rel', 'target', 'datetime', 'start', 'data-source-ids', 'aria-labelledby'];

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: EXPORT_TAGS,
  ALLOWED_ATTR: [...URL_ATTRIBUTES, ...PLAIN_ATTRIBUTES],
  // Without this, DOMPurify would test "noopener noreferrer" against the URL pattern.
  ADD_URI_SAFE_ATTR: PLAIN_ATTRIBUTES,
  // The same allow-list as shared/export/safe-url.ts, plus in-page links to the Sources box.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

let purifier: DOMPurify | undefined;

/** One jsdom window for the process: creating one costs tens of milliseconds. */
function getPurifier(): DOMPurify {
  purifier ??= createDOMPurify(new JSDOM('').window);
  return purifier;
}

function describeRemoval(entry: DOMPurify['removed'][number]): string {
  if ('element' in entry) {
    const node = entry.element;
    return `element <${node.nodeName.toLowerCase()}>`;
  }
  const name = entry.attribute?.name ?? '(unknown)';
  return `attribute ${name} on <${entry.from.nodeName.toLowerCase()}>`;
}

export interface SanitizedArticle {
  html: string;
  /** What DOMPurify took out, e.g. "element <script>", "attribute onerror on <span>"; empty for a clean export. */
  removed: string[];
}

/** Runs the export's article markup through DOMPurify with the export's own vocabulary. */
export function sanitizeArticleHtml(articleHtml: string): SanitizedArticle {
  const purify = getPurifier();
  const html = purify.sanitize(articleHtml, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false });
  // DOMPurify parses the fragment into a <body> it then reports as removed; the
  // parser drops any <body> tag inside a fragment, so that entry is never content.
  const removed = purify.removed
    .filter((entry) => !('element' in entry && entry.element.nodeName === 'BODY'))
    .map(describeRemoval);
  // A serialization difference with nothing removed (a rewritten attribute) still means the pass changed the export.
  if (removed.length === 0 && html !== articleHtml) removed.push('markup rewritten by the sanitizer');
  return { html, removed };
}

export interface SanitizedExport {
  html: string;
  warnings: string[];
  /** Non-empty means the exporter produced something the sanitizer would not pass. */
  removed: string[];
}

export function sanitizeExportParts(parts: ExportParts): SanitizedExport {
  const article = sanitizeArticleHtml(parts.articleHtml);
  const warnings = [...parts.warnings];
  if (article.removed.length > 0) {
    warnings.push(`the final sanitizing pass removed: ${article.removed.join(', ')}`);
  }
  return { html: assembleExport({ ...parts, articleHtml: article.html }), warnings, removed: article.removed };
}

/** The export as it leaves Copydesk: shared/export's HTML after the sanitizing pass. */
export function exportDraftHtmlSanitized(draft: Draft, options: ExportOptions): SanitizedExport {
  return sanitizeExportParts(renderExportParts(draft, options));
}
