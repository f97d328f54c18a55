import type { ParsedRequestOf, ResponseOf } from '../../shared/api/channels';
import { MAX_ORIGINAL_TEXT } from '../../shared/import/import-channel';
import { importFormatOf } from '../../shared/import/limits';
import { declaredHtmlCharset, decodeText } from './decode-text';
import { domReader } from './dom-reader/dom-reader-client';
import type { DraftAccess } from './draft-access';
import { DEFAULT_READ_TIMEOUT_MS } from './import-options';

/** The original's text as a reader sees it. Pages and Word files are read on the reader worker, like an import. */
async function readableText(name: string, bytes: Uint8Array): Promise<string> {
  switch (importFormatOf(name)) {
    case 'html':
      return domReader().run({ kind: 'html-text', html: decodeText(bytes, name, declaredHtmlCharset(bytes)).text, fileName: name }, DEFAULT_READ_TIMEOUT_MS);
    case 'docx':
      return domReader().run({ kind: 'docx-text', bytes, fileName: name }, DEFAULT_READ_TIMEOUT_MS);
    default:
      return decodeText(bytes, name).text;
  }
}

/**
 * The 'import.original' channel: the file the draft was imported from (the
 * latest, if it was imported more than once), as text the editor can set
 * beside the draft. Null for a draft that was not imported.
 */
export async function originalText(drafts: DraftAccess, request: ParsedRequestOf<'import.original'>): Promise<ResponseOf<'import.original'>> {
  const kept = (await drafts.listOriginals(request.id)).at(-1);
  if (!kept) return { original: null };
  const text = await readableText(kept.name, await drafts.readOriginal(request.id, kept.sha256));
  const truncated = text.length > MAX_ORIGINAL_TEXT;
  return {
    original: {
      name: kept.name,
      mediaType: kept.mediaType,
      size: kept.size,
      keptAt: kept.keptAt,
      text: truncated ? text.slice(0, MAX_ORIGINAL_TEXT) : text,
      truncated,
    },
  };
}
