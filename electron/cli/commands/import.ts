/**
 * `copydesk import FILE... [-o DIR]`
 *
 * Imports web pages (.html, .htm), text (.txt), Markdown (.md) and Word
 * (.docx) files as clean drafts: one draft JSON per file, with a new id,
 * written atomically into DIR (default: the current directory). For each file
 * it prints the draft written, what the clean-up removed or moved into the
 * metadata, the sources it proposes, and any warnings.
 *
 * Exit status: 0 all imported, 2 usage error or at least one file unusable.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProposedSource } from '../../../shared/import/sources/proposed-source';
import type { RemovedLine } from '../../../shared/import/removed-line';
import { DRAFT_SCHEMA_VERSION, DraftSchema, type Draft } from '../../../shared/model/draft';
import type { DraftInput } from '../../../shared/import/imported-document';
import { importFiles, type ImportFileResult } from '../../import/import-files';
import { writeFileAtomic } from '../../services/atomic-write';
import { nodeFileSystem } from '../../services/file-system';

const USAGE = 'usage: import FILE... [-o DIR]';

interface ParsedArgs {
  files: string[];
  outputDir: string;
}

function parseArgs(args: string[]): ParsedArgs | string {
  const files: string[] = [];
  let outputDir = '.';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '-o' || arg === '--output') {
      const value = args[index + 1];
      if (value === undefined) return `${arg} needs a directory`;
      outputDir = value;
      index += 1;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  return files.length === 0 ? 'name at least one file to import' : { files, outputDir };
}

function newDraft(input: DraftInput, now: string): Draft {
  return DraftSchema.parse({
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: randomUUID(),
    revision: 0,
    meta: input.meta,
    sources: input.sources,
    content: input.content,
    status: 'draft',
    checkOverrides: [],
    createdAt: now,
    updatedAt: now,
  });
}

function oneLine(text: string, max = 100): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function describeRemoved(line: RemovedLine): string {
  const target = line.movedTo ? ` → ${line.movedTo}` : '';
  return `    [${line.ruleId}${target}] ${oneLine(line.text)}`;
}

function describeSource(source: ProposedSource): string {
  const details = [source.kind.replace('-', ' '), source.stateAffiliated ? 'state-affiliated' : '', source.known ? '' : 'new']
    .filter(Boolean)
    .join(', ');
  const why = { attribution: 'named as a source', 'outlet-citation': 'cited', credit: 'credited' }[source.reason];
  return `    ${source.name} (${details}) — ${why}${source.mentions > 1 ? `, ${source.mentions} times` : ''}`;
}

function report(result: ImportFileResult, written: string | undefined): string {
  const lines = [written ? `${result.name} → ${written}` : `${result.name}: not imported`];
  if (result.error) lines.push(`  ${result.error}`);
  const meta = result.draftInput?.meta;
  if (meta) {
    lines.push(`  headline: ${meta.headline || '(none found)'}`);
    if (meta.standfirst) lines.push(`  standfirst: ${oneLine(meta.standfirst)}`);
    if (meta.byline) lines.push(`  byline: ${meta.byline}`);
    if (meta.dateline) lines.push(`  dateline: ${meta.dateline}`);
    if (result.publicationDate) lines.push(`  published: ${result.publicationDate}`);
    if (meta.credit) lines.push(`  credit: ${meta.credit}${meta.basedOnOtherOutlet ? ' (based on another outlet)' : ''}`);
  }
  if (result.removed.length > 0) lines.push('  removed:', ...result.removed.map(describeRemoved));
  if (result.proposedSources.length > 0) lines.push('  proposed sources:', ...result.proposedSources.map(describeSource));
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}

async function readInput(file: string): Promise<{ name: string; bytes: Uint8Array } | { name: string; error: string }> {
  const name = path.basename(file);
  try {
    return { name, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    return { name, error: `${file} could not be read: ${reason}.` };
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`copydesk import: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  await mkdir(parsed.outputDir, { recursive: true });
  let unusable = 0;
  for (const file of parsed.files) {
    // One file at a time: a batch of large pages never sits in memory at once.
    const input = await readInput(file);
    if ('error' in input) {
      unusable += 1;
      process.stdout.write(`${input.name}: not imported\n  ${input.error}\n\n`);
      continue;
    }
    const [result] = await importFiles([input]).catch((error: unknown): ImportFileResult[] => [
      // Only a name the import refuses at its boundary (control characters) gets here.
      { name: input.name, ok: false, removed: [], proposedSources: [], warnings: [], error: `${file} was not imported: ${error instanceof Error ? error.message : String(error)}` },
    ]);
    let written: string | undefined;
    if (result?.ok && result.draftInput) {
      const draft = newDraft(result.draftInput, new Date().toISOString());
      written = path.join(parsed.outputDir, `${draft.id}.json`);
      await writeFileAtomic(nodeFileSystem, written, `${JSON.stringify(draft, null, 2)}\n`);
    } else {
      unusable += 1;
    }
    if (result) process.stdout.write(`${report(result, written)}\n\n`);
  }
  return unusable > 0 ? 2 : 0;
}
