/**
 * Pasted HTML (web pages, word processors, e-mail) is cleaned here before
 * Lexical sees it: only structure survives (paragraphs, headings, lists,
 * quotes, emphasis, links to web and mail addresses). Scripts, event
 * handlers, styles, frames, images and any other URL scheme are dropped.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'ul', 'ol', 'li', 'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del',
];
const ALLOWED_ATTR = ['href', 'data-attribution-source-ids', 'data-attribution-kind'];
const SAFE_URI = /^(?:https?:|mailto:)/i;

/** Word processors mark emphasis with inline styles; turn them into elements before styles are removed. */
function styleToElements(element: Element): void {
  const style = element.getAttribute('style');
  if (!style || element.tagName === 'A') return;
  const css = style.toLowerCase().replace(/\s+/g, '');
  const wrappers: string[] = [];
  const weight = /font-weight:(\w+)/.exec(css)?.[1];
  if (weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600)) wrappers.push('strong');
  if (/font-style:italic/.test(css)) wrappers.push('em');
  if (/text-decoration(?:-line)?:[^;]*underline/.test(css)) wrappers.push('u');
  if (/text-decoration(?:-line)?:[^;]*line-through/.test(css)) wrappers.push('s');
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
  const notBold = element.tagName === 'B' && weight !== undefined && (weight === 'normal' || Number(weight) < 600);
  if (notBold) {
    const span = element.ownerDocument.createElement('span');
    while (element.firstChild) span.appendChild(element.firstChild);
    element.replaceWith(span);
    element = span;
  }
  for (const tag of wrappers) {
    const wrapper = element.ownerDocument.createElement(tag);
    while (element.firstChild) wrapper.appendChild(element.firstChild);
    element.appendChild(wrapper);
  }
}

let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element && node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_URI.test(href.trim())) node.removeAttribute('href');
    }
  });
}

/** Returns a detached, inert document holding only the allowed structure of `html`. */
export function sanitizePastedHtml(html: string): Document {
  installHooks();
  // DOMParser documents are inert: nothing in them loads or runs.
  const source = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(source.body.querySelectorAll('[style]'))) styleToElements(element);
  const clean = DOMPurify.sanitize(source.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: SAFE_URI,
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'img', 'form'],
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
  });
  return new DOMParser().parseFromString(`<!doctype html><html><body>${clean}</body></html>`, 'text/html');
}
