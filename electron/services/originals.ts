import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { TimestampSchema } from '../../shared/model/ids';
import { ApiError } from '../../shared/api/errors';
import type { FileSystem } from './file-system';
import { isMissing } from './file-system';
import { isTempFileName, writeFileAtomic } from './atomic-write';
import { assertSafeDraftId } from './data-layout';

/** A file exactly as it was imported (the shape the import handler passes). */
export interface OriginalFileInput {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
}

export const KeptOriginalSchema = z.object({
  name: z.string().min(1).max(1000),
  mediaType: z.string().max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  keptAt: TimestampSchema,
});
export type KeptOriginal = z.infer<typeof KeptOriginalSchema>;

const META_SUFFIX = '.json';
const CONTENT_SUFFIX = '.original';

/**
 * The files drafts were imported from, kept beside the draft's history in
 * `<historyDir>/<draftId>/originals/`. Files are stored under their SHA-256,
 * never under the name the user's system gave them, so no name can become a path.
 */
export class OriginalFiles {
  constructor(
    private readonly fs: FileSystem,
    private readonly historyDir: string,
  ) {}

  private dirOf(draftId: string): string {
    return path.join(this.historyDir, assertSafeDraftId(draftId), 'originals');
  }

  async keep(draftId: string, original: OriginalFileInput, now: Date): Promise<KeptOriginal> {
    const sha256 = createHash('sha256').update(original.bytes).digest('hex');
    if (sha256 !== original.sha256.toLowerCase()) {
      throw new ApiError('invalid-request', `The original of "${original.name}" does not match its checksum.`);
    }
    const record = KeptOriginalSchema.parse({
      name: original.name,
      mediaType: original.mediaType,
      sha256,
      size: original.bytes.length,
      keptAt: now.toISOString(),
    });
    const dir = this.dirOf(draftId);
    await this.fs.mkdir(dir);
    // Content first: a record never points at bytes that are not there.
    await writeFileAtomic(this.fs, path.join(dir, `${sha256}${CONTENT_SUFFIX}`), original.bytes);
    await writeFileAtomic(this.fs, path.join(dir, `${sha256}${META_SUFFIX}`), JSON.stringify(record, null, 2));
    return record;
  }

  async list(draftId: string): Promise<KeptOriginal[]> {
    const dir = this.dirOf(draftId);
    let names: string[];
    try {
      names = await this.fs.readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const records: KeptOriginal[] = [];
    for (const name of names.filter((entry) => entry.endsWith(META_SUFFIX) && !isTempFileName(entry))) {
      const parsed = KeptOriginalSchema.safeParse(JSON.parse(new TextDecoder().decode(await this.fs.readFile(path.join(dir, name)))));
      if (parsed.success) records.push(parsed.data);
    }
    return records.sort((a, b) => a.keptAt.localeCompare(b.keptAt));
  }

  async read(draftId: string, sha256: string): Promise<Uint8Array> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ApiError('invalid-request', 'Not a SHA-256 checksum.');
    try {
      return await this.fs.readFile(path.join(this.dirOf(draftId), `${sha256}${CONTENT_SUFFIX}`));
    } catch (error) {
      if (isMissing(error)) throw new ApiError('not-found', 'That original file is not kept with this draft.');
      throw error;
    }
  }
}
