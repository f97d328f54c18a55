import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { TimestampSchema } from '../../shared/model/ids';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { writeFileAtomic, isTempFileName } from './atomic-write';

export interface QuarantinedFile {
  fileName: string;
  reason: string;
  quarantinedAt: string;
}

const REASON_SUFFIX = '.reason.json';

const ReasonRecordSchema = z.object({
  fileName: z.string(),
  reason: z.string(),
  quarantinedAt: TimestampSchema,
});

/** A sortable, file-name-safe form of a timestamp. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a damaged file aside, never deleting it, with a record of why: the
 * editor (or support) can still recover the text by hand.
 */
export async function quarantineFile(
  fs: FileSystem,
  quarantineDir: string,
  filePath: string,
  reason: string,
  now: Date,
  /** How the file is named to the editor, e.g. "drafts/abc.json"; defaults to its base name. */
  displayName: string = path.basename(filePath),
): Promise<QuarantinedFile> {
  await fs.mkdir(quarantineDir);
  const storedName = `${stampOf(now)}-${randomBytes(3).toString('hex')}-${path.basename(filePath)}`;
  await fs.rename(filePath, path.join(quarantineDir, storedName));
  const record: QuarantinedFile = { fileName: displayName, reason, quarantinedAt: now.toISOString() };
  // The move came first so the damaged file is out of the library even if this record cannot be written;
  // listQuarantine still reports a file without its record.
  await writeFileAtomic(fs, path.join(quarantineDir, `${storedName}${REASON_SUFFIX}`), JSON.stringify(record, null, 2));
  return record;
}

/** Everything in quarantine, oldest first. */
export async function listQuarantine(fs: FileSystem, quarantineDir: string): Promise<QuarantinedFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(quarantineDir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const stored = names.filter((name) => !name.endsWith(REASON_SUFFIX) && !isTempFileName(name)).sort();
  const result: QuarantinedFile[] = [];
  for (const storedName of stored) {
    result.push(await readReasonRecord(fs, quarantineDir, storedName));
  }
  return result;
}

async function readReasonRecord(fs: FileSystem, quarantineDir: string, storedName: string): Promise<QuarantinedFile> {
  try {
    const bytes = await fs.readFile(path.join(quarantineDir, `${storedName}${REASON_SUFFIX}`));
    const record = ReasonRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (record.success) return record.data;
  } catch (error) {
    if (!isMissing(error) && !(error instanceof SyntaxError)) throw error;
  }
  const stats = await fs.stat(path.join(quarantineDir, storedName));
  return {
    fileName: storedName,
    reason: 'the file was quarantined but the record of why is missing or damaged',
    quarantinedAt: new Date(stats.mtimeMs).toISOString(),
  };
}
