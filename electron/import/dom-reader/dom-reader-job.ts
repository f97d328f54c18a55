import { z } from 'zod';
import type { ReaderOutput } from '../reader-output';

const FileBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, "must be the file's bytes");

/**
 * The work that needs a DOM (jsdom, Readability, DOMPurify, mammoth) and so
 * runs in the reader worker: reading a page or Word file as an article, or
 * as the whole text of the original for the editor to compare with.
 */
export const DomReaderJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('html'), html: z.string(), fileName: z.string() }),
  z.object({ kind: z.literal('docx'), bytes: FileBytesSchema, fileName: z.string() }),
  z.object({ kind: z.literal('html-text'), html: z.string(), fileName: z.string() }),
  z.object({ kind: z.literal('docx-text'), bytes: FileBytesSchema, fileName: z.string() }),
]);
export type DomReaderJob = z.infer<typeof DomReaderJobSchema>;

export type DomReaderResult<J extends DomReaderJob> = J['kind'] extends 'html' | 'docx' ? ReaderOutput : string;

/** The worker's answer: a value, a refusal the editor reads as is, or an unexpected failure. */
export type DomReaderReply =
  | { jobId: number; outcome: 'done'; value: ReaderOutput | string }
  | { jobId: number; outcome: 'refused'; message: string }
  | { jobId: number; outcome: 'failed'; message: string };
