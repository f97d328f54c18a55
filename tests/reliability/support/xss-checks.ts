import { JSDOM } from 'jsdom';
import { BEACON_HOST } from './xss-corpus';

const UNSAFE_SCHEME = /^(javascript|vbscript|livescript|data|file):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data', 'ping', 'cite', 'codebase', 'lowsrc', 'dynsrc']);
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'link', 'form',
  'svg', 'math', 'template', 'noscript', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'img', 'picture', 'source',
]);

/** How a browser reads a URL attribute: control characters and surrounding space do not count. */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

function unsafeStyle(style: string): boolean {
  return /url\s*\(|expression\s*\(|behavior\s*:|-moz-binding|@import|javascript:/i.test(style);
}

/**
 * Everything executable, or able to fetch, in an HTML document or fragment, found by
 * parsing it as a browser would (jsdom, scripts off). The one script allowed
 * is the JSON-LD block, which must be valid JSON that cannot close its element.
 */
export function htmlProblems(html: string, options: { allowHeadStyle?: boolean } = {}): string[] {
  const dom = new JSDOM(html);
  const problems: string[] = [];
  for (const element of Array.from(dom.window.document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' && element.getAttribute('type') === 'application/ld+json') {
      const text = element.textContent ?? '';
      if (/<\/script|<!--/i.test(text)) problems.push('JSON-LD can close its <script> element');
      try {
        JSON.parse(text);
      } catch {
        problems.push('JSON-LD is not valid JSON');
      }
      continue;
    }
    if (tag === 'style' && options.allowHeadStyle && element.parentElement?.tagName.toLowerCase() === 'head') {
      if (unsafeStyle(element.textContent ?? '')) problems.push('<style> in head loads or runs something');
      continue;
    }
    if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push(`<meta http-equiv=${element.getAttribute('http-equiv')}>`);
    if (FORBIDDEN_ELEMENTS.has(tag) || tag === 'style') problems.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name)) {
        const value = normalizeUrl(attribute.value);
        if (UNSAFE_SCHEME.test(value)) problems.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
        if (value.includes(BEACON_HOST)) problems.push(`${tag}[${name}] requests ${BEACON_HOST}`);
      }
      if (name === 'style' && unsafeStyle(attribute.value)) problems.push(`${tag}[style=${attribute.value.slice(0, 40)}]`);
    }
  }
  return problems;
}

interface LexicalNode {
  type?: unknown;
  url?: unknown;
  style?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

/** Unsafe URLs and styles in a stored Lexical document (what the editor and the export will render). */
export function lexicalProblems(content: unknown): string[] {
  const problems: string[] = [];
  const stack: unknown[] = [content];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as LexicalNode;
    if (typeof record.url === 'string' && (UNSAFE_SCHEME.test(normalizeUrl(record.url)) || record.url.includes(BEACON_HOST))) {
      problems.push(`${String(record.type)} url ${record.url.slice(0, 40)}`);
    }
    if (typeof record.style === 'string' && unsafeStyle(record.style)) problems.push(`${String(record.type)} style ${record.style.slice(0, 40)}`);
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return problems;
}
