import { afterEach, beforeEach } from 'vitest';
import type { FileSystem } from '../../../electron/services/file-system';
import { nodeFileSystem } from '../../../electron/services/file-system';
import type { Clock } from '../../../electron/services/clock';
import { createApiHandlers, type ApiHandlersWithServices } from '../../../electron/services/api-handlers';
import type { Draft } from '../../../shared/model/draft';
import { FaultyFileSystem } from '../../reliability/support/faulty-fs';
import { useTempDir } from '../helpers/temp-dir';

/**
 * The API handlers over a fresh data folder for each test of the calling file,
 * with in-memory preferences and a hand-moved clock; pending writes are
 * flushed before the folder is removed.
 */
export function apiHandlersInTempDir(): { readonly handlers: ApiHandlersWithServices; readonly dataDir: string } {
  const dataDir = useTempDir();
  let handlers: ApiHandlersWithServices | undefined;
  beforeEach(() => {
    handlers = createApiHandlers({ dataDir: dataDir(), preferencesStore: new MemoryStore(), clock: new ManualClock(), log: () => {} });
  });
  afterEach(async () => {
    await handlers?.services.drafts.flush();
  });
  return {
    get handlers() {
      if (!handlers) throw new Error('apiHandlersInTempDir: read the handlers inside a test');
      return handlers;
    },
    get dataDir() {
      return dataDir();
    },
  };
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date('2026-03-01T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
  set(date: Date): void {
    this.current = date;
  }
}

import { MemoryStore } from '../../reliability/support/memory-store';

export { MemoryStore };

export type FaultStep = 'createExclusive' | 'write' | 'sync' | 'close' | 'rename' | 'syncDirectory' | 'unlink';

/**
 * node:fs with one step made to fail (the reliability suite's FaultyFileSystem),
 * recording every call. `when` narrows which calls fail (e.g. only paths in
 * one folder); by default every call of that step fails.
 */
export function faultyFileSystem(
  step: FaultStep,
  code: string,
  when: (filePath: string) => boolean = () => true,
): FileSystem & { calls: string[] } {
  const calls: string[] = [];
  const fs = new FaultyFileSystem();
  fs.plan = (operation, filePath) => {
    calls.push(`${operation} ${filePath}`);
    return operation === step && when(filePath) ? code : undefined;
  };
  return Object.assign(fs, { calls });
}

/** node:fs that records which files were read, to prove a listing touches only the index. */
export function recordingFileSystem(): FileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    ...nodeFileSystem,
    reads,
    async readFile(filePath) {
      reads.push(filePath);
      return nodeFileSystem.readFile(filePath);
    },
  };
}

/** A Lexical document with one paragraph per argument. */
export function documentWith(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  };
}

/** A valid draft as it would be stored. */
export function sampleDraft(id = 'draft-1'): Draft {
  return {
    schemaVersion: 1,
    id,
    revision: 3,
    meta: {
      headline: 'Minister resigns',
      standfirst: '',
      byline: '',
      section: '',
      tags: [],
      slug: '',
      dateline: '',
      credit: '',
      basedOnOtherOutlet: false,
    },
    sources: [],
    content: documentWith('The minister said she would go.'),
    status: 'draft',
    checkOverrides: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:30:00.000Z',
  };
}

