import { z } from 'zod';
import { MAX_IMPORT_BYTES } from './limits';

/**
 * What the clipboard holds when the editor pastes a whole page: its HTML
 * (browsers put the copied selection's markup there) and its plain text.
 * The HTML is imported like a saved web page, so the host's reader finds the
 * article and DOMPurify sanitizes it; plain text is the fallback.
 */
export const PastedPageSchema = z
  .object({
    html: z.string().max(MAX_IMPORT_BYTES.html, 'The pasted page is larger than the largest web page Copydesk imports. Copy only the article.'),
    text: z.string().max(MAX_IMPORT_BYTES.text, 'The pasted text is larger than the largest text Copydesk imports. Copy only the article.'),
  })
  .refine((page) => page.html.trim() !== '' || page.text.trim() !== '', 'The clipboard holds no text to import. Copy the page first.');
export type PastedPage = z.infer<typeof PastedPageSchema>;

const MAX_TITLE_IN_NAME = 80;

/** The name the pasted page is imported and kept under: its title, made safe as a file name, or a plain one. */
export function pastedPageFileName(title: string, kind: 'html' | 'text'): string {
  const cleanTitle = title
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE_IN_NAME)
    .trim();
  const base = cleanTitle && cleanTitle !== '.' && cleanTitle !== '..' ? `Pasted page – ${cleanTitle}` : 'Pasted page';
  return `${base}.${kind === 'html' ? 'html' : 'txt'}`;
}
