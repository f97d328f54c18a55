import type { z } from 'zod';
import { DRAFT_SCHEMA_VERSION, DraftSchema } from '../../shared/model/draft';
import type { Draft } from '../../shared/model/draft';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { writeFileAtomic } from './atomic-write';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';

/** Larger files are refused without being read: no real article comes near this. */
export const MAX_DRAFT_FILE_BYTES = 50 * 1024 * 1024;

export type DraftParseResult = { ok: true; draft: Draft } | { ok: false; reason: string };

export type DraftFileRead =
  | { kind: 'ok'; draft: Draft; size: number; mtimeMs: number }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'missing' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the content does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${issue.message}${more}`;
}

/** Decodes and validates the bytes of a draft file, naming the first thing wrong. */
export function parseDraftBytes(bytes: Uint8Array, expectedId?: string): DraftParseResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    return { ok: false, reason: 'the file starts with a byte-order mark, which Copydesk never writes' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `the file is not valid JSON (probably truncated): ${(error as Error).message}` };
  }
  if (exceedsJsonDepth(json)) {
    return { ok: false, reason: `the draft is nested more than ${MAX_JSON_DEPTH} levels deep, beyond any real document` };
  }
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json) {
    const version = (json as { schemaVersion: unknown }).schemaVersion;
    if (typeof version === 'number' && version > DRAFT_SCHEMA_VERSION) {
      return {
        ok: false,
        reason: `the draft was written by a newer Copydesk (schemaVersion ${version}; this version reads ${DRAFT_SCHEMA_VERSION})`,
      };
    }
  }
  const parsed = DraftSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `the draft is not valid: ${describeZodError(parsed.error)}` };
  if (expectedId !== undefined && parsed.data.id !== expectedId) {
    return { ok: false, reason: `the file name says "${expectedId}" but the draft inside is "${parsed.data.id}"` };
  }
  return { ok: true, draft: parsed.data };
}

/**
 * Reads one draft file. Only a missing file is "missing"; every other read
 * error propagates, because an I/O error is not proof that the file is bad.
 */
export async function readDraftFile(fs: FileSystem, filePath: string, expectedId?: string): Promise<DraftFileRead> {
  let stats;
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    throw error;
  }
  if (!stats.isFile) return { kind: 'corrupt', reason: 'it is not a regular file' };
  if (stats.size > MAX_DRAFT_FILE_BYTES) {
    return { kind: 'corrupt', reason: `the file is ${stats.size} bytes, over the ${MAX_DRAFT_FILE_BYTES}-byte limit` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    throw error;
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_DRAFT_FILE_BYTES) {
    return { kind: 'corrupt', reason: `the file is over the ${MAX_DRAFT_FILE_BYTES}-byte limit` };
  }
  const parsed = parseDraftBytes(bytes, expectedId);
  if (!parsed.ok) return { kind: 'corrupt', reason: parsed.reason };
  return { kind: 'ok', draft: parsed.draft, size: bytes.length, mtimeMs: stats.mtimeMs };
}

/**
 * Compact JSON: a 10,000-word draft is half the bytes of an indented one, and
 * the bytes written and fsynced are most of a save's time. Any JSON
 * formatter makes it readable again for a hand edit.
 */
export function serializeDraft(draft: Draft): string {
  return `${JSON.stringify(draft)}\n`;
}

/** Writes a draft atomically, validating it first so no invalid draft ever reaches disk. */
export async function writeDraftFile(fs: FileSystem, filePath: string, draft: Draft): Promise<void> {
  await writeFileAtomic(fs, filePath, serializeDraft(DraftSchema.parse(draft)));
}

/**
 * A save's draft: the editor's parts (meta, sources, content, status,
 * overrides) were validated against the same schemas as the request, so only
 * the fields the store itself set are checked here, and the document is not
 * walked a second time.
 */
const SavedDraftHeadSchema = DraftSchema.pick({ schemaVersion: true, id: true, revision: true, createdAt: true, updatedAt: true });

export async function writeSavedDraftFile(fs: FileSystem, filePath: string, draft: Draft): Promise<void> {
  SavedDraftHeadSchema.parse(draft);
  await writeFileAtomic(fs, filePath, serializeDraft(draft));
}
