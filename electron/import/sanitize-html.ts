import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

/**
 * Only structure survives: text, paragraphs, headings, lists, quotes,
 * emphasis, links, tables. No attribute but href (checked again when the
 * link is built), so no event handler, style or script URL can pass.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i',
  'cite', 'u', 's', 'strike', 'del', 'code', 'kbd', 'pre', 'sub', 'sup', 'div', 'section', 'article', 'main', 'header',
  'footer', 'figure', 'address', 'center', 'dl', 'dt', 'dd', 'details', 'summary', 'table', 'thead', 'tbody', 'tfoot',
  'caption', 'tr', 'td', 'th', 'span', 'hgroup',
];
/** Elements whose text is never article copy: dropped with their contents, not unwrapped. */
const DROPPED_WITH_CONTENTS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'nav', 'aside', 'form',
  'button', 'select', 'textarea', 'input', 'label', 'figcaption', 'picture', 'video', 'audio', 'canvas', 'dialog',
];
/** For a page Readability could not read: the page's own header and footer are site chrome too. */
const PAGE_CHROME = ['header', 'footer'];

let purifier: DOMPurify | undefined;

/** One jsdom window for the process: creating one costs tens of milliseconds. */
function domPurify(): DOMPurify {
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier;
}

function config(dropPageChrome: boolean): Config & { RETURN_DOM_FRAGMENT: true } {
  const forbidden = dropPageChrome ? [...DROPPED_WITH_CONTENTS, ...PAGE_CHROME] : DROPPED_WITH_CONTENTS;
  return {
    ALLOWED_TAGS: dropPageChrome ? ALLOWED_TAGS.filter((tag) => !PAGE_CHROME.includes(tag)) : ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS: forbidden,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  };
}

/**
 * Sanitizes HTML with DOMPurify on jsdom (the pairing DOMPurify's authors
 * support in Node). A parsed element (not a <body>) is sanitized as a copy,
 * which saves serializing and re-parsing a large page.
 */
export function sanitizeHtml(html: string | Element, options: { dropPageChrome: boolean }): DocumentFragment {
  return domPurify().sanitize(html, config(options.dropPageChrome));
}
