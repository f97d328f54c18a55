import { PastedPageSchema, pastedPageFileName } from '../../shared/import/pasted-page';

/**
 * The page's <title>. Only the title element is parsed (to decode its
 * entities): Chromium checks a parsed page's inline event handlers against the
 * app's content security policy even in an inert DOMParser document, and the
 * page's markup is the host's to sanitize, not the renderer's. A title's
 * content is text to the parser, so no element can come out of it.
 */
function titleOf(html: string): string {
  const inner = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return inner ? new DOMParser().parseFromString(`<title>${inner}</title>`, 'text/html').title : '';
}

/**
 * The clipboard's page as a file to import, or why it cannot be imported.
 * HTML is preferred: it keeps the page's structure for the reader to find
 * the article in; the host sanitizes it like any imported page.
 */
export function pastedPageFile(clipboard: Pick<DataTransfer, 'getData'>): { file: File } | { refusal: string } {
  const parsed = PastedPageSchema.safeParse({ html: clipboard.getData('text/html'), text: clipboard.getData('text/plain') });
  if (!parsed.success) return { refusal: parsed.error.issues[0]?.message ?? 'The clipboard holds nothing Copydesk can import.' };
  const { html, text } = parsed.data;
  if (html.trim() !== '') return { file: new File([html], pastedPageFileName(titleOf(html), 'html'), { type: 'text/html' }) };
  const firstLine = text.trim().split('\n', 1)[0] ?? '';
  return { file: new File([text], pastedPageFileName(firstLine, 'text'), { type: 'text/plain' }) };
}
