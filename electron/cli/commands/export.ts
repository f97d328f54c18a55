/**
 * `copydesk export DRAFT.json [--fragment] [-o OUT.html] [--force --reason TEXT]`
 *
 * Exports a draft file as HTML for the website: a standalone page by default,
 * the article fragment (with its JSON-LD) for a CMS with --fragment. Output
 * goes to OUT.html (written atomically) or stdout; warnings go to stderr.
 *
 * The publish gate: the pre-publish check (shared/check) runs first, with the
 * draft's own overrides applied. While error-level findings remain, export is
 * refused and they are listed. --force --reason TEXT exports anyway; the
 * override (who, when, why, which findings) is printed and, with -o, recorded
 * beside the output as OUT.html.override.json. The CLI never writes the draft
 * itself: the app's main process is the drafts' only writer.
 * --rules SETTINGS.json gives the check's house settings, as for `check`.
 *
 * Publisher settings come from --preferences FILE (the preferences JSON of the
 * web host, or a bare preferences object) and can be overridden with
 * --publisher NAME, --site-url URL and --logo-url URL. --published-at ISO sets
 * the publication time (default: the draft's updatedAt), --lang the language.
 *
 * Exit status: 0 exported, 1 refused, 2 unusable input.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { checkDraft } from '../../../shared/check/check-draft';
import type { Finding } from '../../../shared/check/finding';
import { checkExportedHtml } from '../../../shared/check/rules/h-export';
import { CheckSettingsSchema } from '../../../shared/check/settings';
import type { CheckSettingsInput } from '../../../shared/check/settings';
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
  'usage: export DRAFT.json [--fragment] [-o OUT.html] [--force --reason TEXT] [--rules SETTINGS.json] [--preferences FILE] ' +
  '[--publisher NAME] [--site-url URL] [--logo-url URL] [--published-at ISO] [--lang TAG]';

/** Options that take a value, by every spelling. */
const VALUE_OPTIONS: Record<string, string> = {
  '-o': 'output',
  '--output': 'output',
  '--reason': 'reason',
  '--preferences': 'preferences',
  '--rules': 'rules',
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

/** What the gate needs from the check: findings with overrides applied, and the text their ranges refer to. */
export type PublishCheck = (draft: Draft, settings: CheckSettingsInput) => { findings: Finding[]; document: { text: string } };

export interface ExportCommandDependencies {
  check: PublishCheck;
  now: () => Date;
}

async function readCheckSettings(file: string | undefined, preferences: Preferences): Promise<CheckSettingsInput> {
  // The newsroom's state-media list lives in the preferences; a rules file may replace it.
  const base = { stateAffiliatedOutlets: preferences.stateAffiliatedOutlets };
  if (file === undefined) return base;
  const json = await readJson(file, 'the rules file');
  const parsed = CheckSettingsSchema.safeParse({ ...base, ...(typeof json === 'object' && json !== null ? json : {}) });
  if (!parsed.success) throw new UsageError(`${file} holds no valid check settings: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** A finding the gate stops on, with the words it is about (article text, or exported HTML for H-EXPORT). */
interface BlockingFinding {
  finding: Finding;
  passage: string;
}

function describeFinding({ finding, passage }: BlockingFinding): string {
  const words = passage === '' ? '' : ` «${passage.replace(/\s+/g, ' ')}»`;
  return `  ${finding.severity.toUpperCase()} ${finding.ruleId}: ${finding.message}${words}`;
}

type GateOutcome =
  | { kind: 'clear' }
  | { kind: 'blocked'; findings: BlockingFinding[] }
  | { kind: 'check-failed'; reason: string };

function blockingIn(findings: readonly Finding[], text: string): BlockingFinding[] {
  return findings
    .filter((finding) => finding.severity === 'error' && !finding.overridden)
    .map((finding) => ({ finding, passage: finding.range ? text.slice(finding.range.start, finding.range.end) : '' }));
}

/**
 * The article check on the draft, then H-EXPORT on the HTML about to be
 * written: both must be free of error-level findings the editor has not
 * overridden.
 */
function runGate(draft: Draft, html: string, settings: CheckSettingsInput, check: PublishCheck): GateOutcome {
  let articleResult;
  try {
    articleResult = check(draft, settings);
  } catch (error) {
    // Fail closed: an article that could not be checked is not known to be clean.
    return { kind: 'check-failed', reason: error instanceof Error ? error.message : String(error) };
  }
  const personNames = draft.sources.filter((source) => source.kind === 'person').map((source) => source.name);
  const exportFindings = checkExportedHtml(html, { personNames, settings: CheckSettingsSchema.parse(settings) });
  const blocking = [...blockingIn(articleResult.findings, articleResult.document.text), ...blockingIn(exportFindings, html)];
  return blocking.length === 0 ? { kind: 'clear' } : { kind: 'blocked', findings: blocking };
}

function overrideRecord(draft: Draft, outcome: Exclude<GateOutcome, { kind: 'clear' }>, reason: string, by: string, at: Date) {
  return {
    draftId: draft.id,
    revision: draft.revision,
    reason,
    by,
    at: at.toISOString(),
    ...(outcome.kind === 'blocked'
      ? { findings: outcome.findings.map(({ finding, passage }) => ({ ruleId: finding.ruleId, message: finding.message, passage })) }
      : { checkFailed: outcome.reason }),
  };
}

function editorName(preferences: Preferences): string {
  if (preferences.editorName.trim() !== '') return preferences.editorName.trim();
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

export async function run(args: string[]): Promise<number> {
  return runExportCommand(args, { check: checkDraft, now: () => new Date() });
}

/** The command with its check and clock injectable, for tests. */
export async function runExportCommand(args: string[], dependencies: ExportCommandDependencies): Promise<number> {
  const fail = (message: string, status: number): number => {
    process.stderr.write(`copydesk export: ${message}\n`);
    return status;
  };
  let parsed: ParsedArgs;
  let draft: Draft;
  let preferences: Preferences;
  let checkSettings: CheckSettingsInput;
  try {
    parsed = parseArgs(args);
    draft = await readDraft(parsed.file);
    preferences = await readPreferences(parsed.values.get('preferences'));
    checkSettings = await readCheckSettings(parsed.values.get('rules'), preferences);
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

  const outcome = runGate(draft, result.html, checkSettings, dependencies.check);
  const force = parsed.flags.has('force');
  if (outcome.kind === 'check-failed' && !force) {
    return fail(`refused: the pre-publish check could not run (${outcome.reason}); use --force --reason TEXT to export unchecked`, 1);
  }
  if (outcome.kind === 'blocked' && !force) {
    const count = outcome.findings.length;
    return fail(
      `refused: ${count} error-level finding${count === 1 ? '' : 's'} of the pre-publish check remain${count === 1 ? 's' : ''}:\n` +
        `${outcome.findings.map(describeFinding).join('\n')}\n` +
        'Fix them, override them in the editor, or export anyway with --force --reason TEXT.',
      1,
    );
  }
  for (const warning of result.warnings) process.stderr.write(`copydesk export: warning: ${warning}\n`);

  const output = parsed.values.get('output');
  if (outcome.kind === 'clear' && force) {
    process.stderr.write('copydesk export: --force was not needed: the check found no error-level findings; no override recorded\n');
  }
  if (outcome.kind !== 'clear') {
    const record = overrideRecord(draft, outcome, parsed.values.get('reason')!.trim(), editorName(preferences), dependencies.now());
    const what = outcome.kind === 'blocked' ? `${outcome.findings.length} error-level finding(s)` : 'a check that could not run';
    process.stderr.write(
      `copydesk export: override recorded: exported despite ${what}, by ${record.by} at ${record.at}, reason: ${record.reason}\n`,
    );
    if (outcome.kind === 'blocked') {
      for (const blocking of outcome.findings) process.stderr.write(`${describeFinding(blocking)}\n`);
    }
    if (output !== undefined) {
      await writeFileAtomic(nodeFileSystem, path.resolve(`${output}.override.json`), `${JSON.stringify(record, null, 2)}\n`);
      process.stderr.write(`copydesk export: override record written to ${output}.override.json\n`);
    }
  }

  if (output === undefined) {
    process.stdout.write(result.html);
  } else {
    await writeFileAtomic(nodeFileSystem, path.resolve(output), result.html);
    process.stderr.write(`copydesk export: wrote ${output}\n`);
  }
  return 0;
}
