import mammoth from 'mammoth';
import { blockText } from '../../../shared/import/blocks';
import { htmlToBlocks } from '../html-to-blocks';
import { ImportRefusal } from '../import-refusal';
import { readDocx } from '../read-docx';
import { readHtml } from '../read-html';
import type { ReaderOutput } from '../reader-output';
import { sanitizeHtml } from '../sanitize-html';
import type { DomReaderJob } from './dom-reader-job';

/** A page's whole text, block by block, as a reader sees it: nothing of it is left out, nothing executable kept. */
function pageText(html: string): string {
  return htmlToBlocks(sanitizeHtml(html, { dropPageChrome: false })).map(blockText).join('\n\n');
}

async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    throw new ImportRefusal(`${fileName} could not be read as a Word document (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Runs one job inside the reader worker (tests may call it directly to check a reader's output). */
export async function runDomReaderJob(job: DomReaderJob): Promise<ReaderOutput | string> {
  switch (job.kind) {
    case 'html':
      return readHtml(job.html, job.fileName);
    case 'docx':
      return readDocx(job.bytes, job.fileName);
    case 'html-text':
      return pageText(job.html);
    case 'docx-text':
      return docxText(job.bytes, job.fileName);
  }
}
