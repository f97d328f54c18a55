import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { KNOWN_OUTLETS } from '../../shared/check';
import { SOURCE_BOOK_FILE_VERSION, SourceBookEntryInputSchema, SourceBookFileSchema } from '../../shared/model/source-book';
import type { SourceBookEntry, SourceBookEntryInput } from '../../shared/model/source-book';
import { writeFileAtomic } from './atomic-write';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { FileSystem } from './file-system';
import { isMissing, nodeFileSystem } from './file-system';
import { toApiError } from './io-errors';
import type { QuarantinedFile } from './quarantine';
import { quarantineFile } from './quarantine';

export const SOURCE_BOOK_FILE_NAME = 'source-book.json';

export interface SourceBookOptions {
  dataDir: string;
  fs?: FileSystem;
  clock?: Clock;
  log?: (message: string, error?: unknown) => void;
}

export interface SourceBookListing {
  entries: SourceBookEntry[];
  quarantined: QuarantinedFile | null;
}

/** "the Russian state news agency" reads as a description once the article is dropped. */
function descriptionWithoutArticle(description: string): string {
  return description.replace(/^the\s+/i, '');
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** The first book a newsroom gets: the outlets the check already knows, so "Reuters" is offered from day one. */
export function seedEntries(now: Date): SourceBookEntry[] {
  return KNOWN_OUTLETS.map((outlet) => ({
    id: slugOf(outlet.name),
    name: outlet.name,
    kind: outlet.kind,
    role: descriptionWithoutArticle(outlet.description),
    url: '',
    datePublished: '',
    dateAccessed: '',
    stateAffiliated: outlet.stateAffiliated,
    anonymityReason: '',
    notes: '',
    updatedAt: now.toISOString(),
  }));
}

/** How well an entry matches a query; 0 means not at all. Name prefixes beat word prefixes beat substrings. */
function matchScore(entry: SourceBookEntry, query: string): number {
  const name = entry.name.toLowerCase();
  if (name === query) return 4;
  if (name.startsWith(query)) return 3;
  if (name.split(/[\s\-–—]+/).some((word) => word.startsWith(query))) return 2;
  if (name.includes(query) || entry.role.toLowerCase().includes(query)) return 1;
  return 0;
}

/**
 * The newsroom-wide source book in `<dataDir>/source-book.json`. Drafts copy
 * entries, never reference them, so editing the book cannot change a draft.
 * Writes are atomic and run one at a time; a file that fails to parse or
 * validate is quarantined and reported, as damaged drafts are.
 */
export class SourceBook {
  private readonly filePath: string;
  private readonly quarantineDir: string;
  private readonly fs: FileSystem;
  private readonly clock: Clock;
  private readonly log: (message: string, error?: unknown) => void;
  private entries: SourceBookEntry[] | null = null;
  /** Reported with every listing until the process ends, so the editor sees it whichever window asks first. */
  private quarantined: QuarantinedFile | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(options: SourceBookOptions) {
    const dataDir = path.resolve(options.dataDir);
    this.filePath = path.join(dataDir, SOURCE_BOOK_FILE_NAME);
    this.quarantineDir = path.join(dataDir, 'quarantine');
    this.fs = options.fs ?? nodeFileSystem;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? ((message, error) => console.warn(`[copydesk] ${message}`, error ?? ''));
  }

  list(query = '', limit = 200): Promise<SourceBookListing> {
    return this.serial(async () => {
      const entries = await this.load();
      const needle = query.trim().toLowerCase();
      const matching = needle
        ? entries
            .map((entry) => ({ entry, score: matchScore(entry, needle) }))
            .filter(({ score }) => score > 0)
            .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
            .map(({ entry }) => entry)
        : [...entries].sort((a, b) => a.name.localeCompare(b.name));
      return { entries: matching.slice(0, limit), quarantined: this.quarantined };
    });
  }

  /** Adds an entry, or replaces the one with the same id (callers pick ids, as drafts' sources do). */
  upsert(input: SourceBookEntryInput): Promise<SourceBookEntry> {
    return this.serial(async () => {
      const parsed = SourceBookEntryInputSchema.parse(input);
      const entries = await this.load();
      const entry: SourceBookEntry = { ...parsed, updatedAt: this.clock.now().toISOString() };
      const next = entries.some((existing) => existing.id === entry.id)
        ? entries.map((existing) => (existing.id === entry.id ? entry : existing))
        : [...entries, entry];
      await this.write(next);
      return entry;
    });
  }

  remove(id: string): Promise<Record<string, never>> {
    return this.serial(async () => {
      const entries = await this.load();
      if (!entries.some((entry) => entry.id === id)) {
        throw new ApiError('not-found', `The source book has no entry "${id}".`);
      }
      await this.write(entries.filter((entry) => entry.id !== id));
      return {};
    });
  }

  /** Resolves when every queued change has been written. */
  async idle(): Promise<void> {
    await this.tail.catch(() => undefined);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async write(entries: SourceBookEntry[]): Promise<void> {
    const file = SourceBookFileSchema.parse({ version: SOURCE_BOOK_FILE_VERSION, entries });
    try {
      await writeFileAtomic(this.fs, this.filePath, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      throw toApiError(error, 'save the source book');
    }
    this.entries = file.entries;
  }

  private async load(): Promise<SourceBookEntry[]> {
    if (this.entries) return this.entries;
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.readFile(this.filePath);
    } catch (error) {
      if (!isMissing(error)) throw toApiError(error, 'read the source book');
      // Seeded in memory only: the file is written on the first change, so a read-only folder still lists.
      this.entries = seedEntries(this.clock.now());
      return this.entries;
    }
    const reason = this.problemWith(bytes);
    if (reason === null) return this.entries ?? [];
    this.log(`damaged source book ${this.filePath}: ${reason}`);
    try {
      this.quarantined = await quarantineFile(this.fs, this.quarantineDir, this.filePath, reason, this.clock.now(), SOURCE_BOOK_FILE_NAME);
    } catch (error) {
      // Without the move, starting a new book would overwrite the damaged one: refuse instead.
      throw new ApiError('io', `The source book is damaged (${reason}) and could not be moved aside; it was left untouched.`, {
        cause: String(error),
      });
    }
    this.entries = seedEntries(this.clock.now());
    return this.entries;
  }

  /** Parses and validates the file into this.entries; returns why it is unusable, or null. */
  private problemWith(bytes: Uint8Array): string | null {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return `it is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`;
    }
    const parsed = SourceBookFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `it does not match the source book format (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`;
    }
    const ids = new Set(parsed.data.entries.map((entry) => entry.id));
    if (ids.size !== parsed.data.entries.length) return 'two entries share an id';
    this.entries = parsed.data.entries;
    return null;
  }
}
