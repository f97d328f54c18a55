/**
 * `copydesk export DRAFT.json [--fragment] [-o OUT.html] [--force --reason TEXT]`
 *
 * Exports a draft file as HTML for the website: a standalone page by default,
 * the article fragment (with its JSON-LD) for a CMS with --fragment. Output
 * goes to OUT.html (written atomically) or stdout; warnings go to stderr.
 *
 * Publisher settings come from --preferences FILE (the preferences JSON of the
 * web host, or a bare preferences object) and can be overridden with
 * --publisher NAME, --site-url URL and --logo-url URL. --published-at ISO sets
 * the publication time (default: the draft's updatedAt), --lang the language.
 *
 * Exit status: 0 exported, 1 refused, 2 unusable input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ExportError } from '../../../shared/export/index';
import type { ExportOptions } from '../../../shared/export/index';
import { DraftSchema } from '../../../shared/model/draft';
import type { Draft } from '../../../shared/model/draft';
import { PreferencesSchema } from '../../../shared/model/preferences';
import type { Preferences } from '../../../shared/model/preferences';
import { writeFileAtomic } from '../../services/atomic-write';
import { exportDraftHtmlSanitized } from '../../services/export-sanitize';
import { nodeFileSystem } from '../../services/file-system';

const USAGE =
  'usage: export DRAFT.json [--fragment] [-o OUT.html] [--force --reason TEXT] [--preferences FILE] ' +
  '[--publisher NAME] [--site-url URL] [--logo-url URL] [--published-at ISO] [--lang TAG]';

/** Options that take a value, by every spelling. */
const VALUE_OPTIONS: Record<string, string> = {
  '-o': 'output',
  '--output': 'output',
  '--reason': 'reason',
  '--preferences': 'preferences',
  '--publisher': 'publisher',
  '--site-url': 'siteUrl',
  '--logo-url': 'logoUrl',
  '--published-at': 'publishedAt',
  '--lang': 'lang',
};

const FLAG_OPTIONS: Record<string, string> = { '--fragment': 'fragment', '--force': 'force' };

interface ParsedArgs {
  file: string;
  flags: Set<string>;
  values: Map<string, string>;
}

class UsageError extends Error {}

function parseArgs(args: string[]): ParsedArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const valueName = VALUE_OPTIONS[arg];
    const flagName = FLAG_OPTIONS[arg];
    if (valueName) {
      const value = args[++index];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(valueName, value);
    } else if (flagName) {
      flags.add(flagName);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no draft file' : 'export takes exactly one draft file');
  // An override is a recorded decision: it needs its reason, and a reason without --force means nothing.
  if (flags.has('force') && !values.get('reason')?.trim()) throw new UsageError('--force needs --reason TEXT');
  if (!flags.has('force') && values.has('reason')) throw new UsageError('--reason is only used with --force');
  return { file: files[0]!, flags, values };
}

function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the content does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UsageError(`cannot read ${what} ${file}: ${reason}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function readDraft(file: string): Promise<Draft> {
  const parsed = DraftSchema.safeParse(await readJson(file, 'the draft'));
  if (!parsed.success) throw new UsageError(`${file} is not a valid draft: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** The web host's preferences file keeps them under "preferences"; a bare object is accepted too. */
async function readPreferences(file: string | undefined): Promise<Preferences> {
  if (file === undefined) return PreferencesSchema.parse({});
  const json = await readJson(file, 'the preferences file');
  const candidate = typeof json === 'object' && json !== null && 'preferences' in json ? (json as { preferences: unknown }).preferences : json;
  const parsed = PreferencesSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(`${file} holds no valid preferences: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

function exportOptionsFrom(parsed: ParsedArgs, preferences: Preferences): ExportOptions {
  const value = (name: string): string | undefined => parsed.values.get(name);
  const siteUrl = value('siteUrl') ?? preferences.export.siteUrl;
  const publishedAt = value('publishedAt');
  const lang = value('lang');
  return {
    form: parsed.flags.has('fragment') ? 'fragment' : 'page',
    publisher: {
      name: value('publisher') ?? preferences.export.publisherName,
      logoUrl: value('logoUrl') ?? preferences.export.publisherLogoUrl,
    },
    ...(siteUrl ? { siteUrl } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(lang ? { lang } : {}),
  };
}

export async function run(args: string[]): Promise<number> {
  const fail = (message: string, status: number): number => {
    process.stderr.write(`copydesk export: ${message}\n`);
    return status;
  };
  let parsed: ParsedArgs;
  let draft: Draft;
  let preferences: Preferences;
  try {
    parsed = parseArgs(args);
    draft = await readDraft(parsed.file);
    preferences = await readPreferences(parsed.values.get('preferences'));
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${USAGE}`, 2);
    throw error;
  }

  let result;
  try {
    result = exportDraftHtmlSanitized(draft, exportOptionsFrom(parsed, preferences));
  } catch (error) {
    if (error instanceof ExportError) return fail(`cannot export ${parsed.file}: ${error.message}`, 2);
    throw error;
  }
  for (const warning of result.warnings) process.stderr.write(`copydesk export: warning: ${warning}\n`);

  const output = parsed.values.get('output');
  if (output === undefined) {
    process.stdout.write(result.html);
  } else {
    await writeFileAtomic(nodeFileSystem, path.resolve(output), result.html);
    process.stderr.write(`copydesk export: wrote ${output}\n`);
  }
  return 0;
}
