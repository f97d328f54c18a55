import { createHash } from 'node:crypto';
import { z } from 'zod';
import { importBlocks, type DraftInput } from '../../shared/import/imported-document';
import { formatMegabytes, importFormatOf, MAX_IMPORT_BLOCKS, MAX_IMPORT_BYTES, SUPPORTED_EXTENSIONS, type ImportFormat } from '../../shared/import/limits';
import type { RemovedLine } from '../../shared/import/removed-line';
import type { ProposedSource } from '../../shared/import/sources/proposed-source';
import { declaredHtmlCharset, decodeText } from './decode-text';
import { ImportFileSchema, ImportOptionsSchema, type ImportFile, type ImportOptions, type ImportOptionsInput } from './import-options';
import { ImportRefusal } from './import-refusal';
import { domReader } from './dom-reader/dom-reader-client';
import { readMarkdown, readPlainText } from './read-text';
import type { ReaderOutput } from './reader-output';

/** The file as it came in, for the draft's history: the editor can always compare with it. */
export interface OriginalFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface ImportFileResult {
  name: string;
  ok: boolean;
  draftInput?: DraftInput;
  removed: RemovedLine[];
  proposedSources: ProposedSource[];
  warnings: string[];
  /** YYYY-MM-DD, when the page printed one (DraftMeta has no date field). */
  publicationDate?: string;
  original?: OriginalFile;
  error?: string;
}

const MEDIA_TYPES: Record<ImportFormat, string> = {
  html: 'text/html',
  text: 'text/plain',
  markdown: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Web pages and Word files are read on the reader worker's thread (see dom-reader/), text in place: it is quick. */
async function readByFormat(file: ImportFile, format: ImportFormat, options: ImportOptions): Promise<ReaderOutput> {
  switch (format) {
    case 'html': {
      const decoded = decodeText(file.bytes, file.name, declaredHtmlCharset(file.bytes));
      if (decoded.text.trim() === '') throw new ImportRefusal(`${file.name} has no text.`);
      return domReader().run({ kind: 'html', html: decoded.text, fileName: file.name }, options.readTimeoutMs);
    }
    case 'text':
      return readPlainText(file.bytes, file.name);
    case 'markdown':
      return readMarkdown(file.bytes, file.name);
    case 'docx':
      return domReader().run({ kind: 'docx', bytes: file.bytes, fileName: file.name }, options.readTimeoutMs);
  }
}

function refused(name: string, error: string): ImportFileResult {
  return { name, ok: false, removed: [], proposedSources: [], warnings: [], error };
}

async function importOne(file: ImportFile, options: ImportOptions): Promise<ImportFileResult> {
  const format = importFormatOf(file.name);
  if (!format) {
    return refused(file.name, `${file.name} was not imported: Copydesk imports ${SUPPORTED_EXTENSIONS.join(', ')} files.`);
  }
  if (file.bytes.length > MAX_IMPORT_BYTES[format]) {
    return refused(
      file.name,
      `${file.name} is ${formatMegabytes(file.bytes.length)}; Copydesk imports ${format === 'docx' ? 'Word' : format} files up to ${formatMegabytes(MAX_IMPORT_BYTES[format])}. An article is far smaller: save only the article, or copy its text.`,
    );
  }
  if (file.bytes.length === 0) return refused(file.name, `${file.name} is empty.`);
  const read = await readByFormat(file, format, options);
  if (read.blocks.length > MAX_IMPORT_BLOCKS) {
    return refused(file.name, `${file.name} has ${read.blocks.length.toLocaleString('en')} paragraphs; that is not one article.`);
  }
  const imported = importBlocks(read.blocks, read.hints, options);
  if (imported.empty) {
    return { ...refused(file.name, `No article text was found in ${file.name}.`), removed: imported.removed };
  }
  return {
    name: file.name,
    ok: true,
    draftInput: imported.draftInput,
    removed: imported.removed,
    proposedSources: imported.proposedSources,
    warnings: [...read.warnings, ...imported.warnings],
    ...(imported.publicationDate ? { publicationDate: imported.publicationDate } : {}),
    original: { name: file.name, mediaType: MEDIA_TYPES[format], bytes: file.bytes, sha256: createHash('sha256').update(file.bytes).digest('hex') },
  };
}

/**
 * Turns files into draft inputs, one result per file, in order. A file that
 * cannot be used gets a message and no draft; one bad file never stops the
 * others. Files are read one after another, so a batch never holds more
 * than one parsed page in memory. Called by the 'import.files' handler and the CLI.
 */
export async function importFiles(files: readonly ImportFile[], options: ImportOptionsInput = {}): Promise<ImportFileResult[]> {
  const validFiles = z.array(ImportFileSchema).parse(files);
  const validOptions = ImportOptionsSchema.parse(options);
  const results: ImportFileResult[] = [];
  for (const file of validFiles) {
    try {
      results.push(await importOne(file, validOptions));
    } catch (error) {
      if (error instanceof ImportRefusal) {
        results.push(refused(file.name, error.message));
      } else {
        const reason = error instanceof Error ? error.message : String(error);
        results.push(refused(file.name, `${file.name} could not be imported: ${reason}`));
      }
    }
  }
  return results;
}
