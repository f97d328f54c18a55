/**
 * `copydesk check FILE... [--json] [--rules SETTINGS.json]`: the pre-publish
 * attribution check from the command line.
 *
 * FILE is a draft (.json, validated as a Copydesk draft), plain text (.txt),
 * Markdown (.md) or HTML (.html); only a draft knows its sources, links and
 * credit line, so text files are checked as an article with none. Findings
 * come grouped by severity with line and column (for a draft: paragraph and
 * column). SETTINGS.json holds house style: severities, disabled rules, the
 * state-affiliated outlet list.
 *
 * Exit status: 0 no error-level finding, 1 error-level findings remain (not
 * overridden), 2 unusable input. Nothing from the UI (React, jsdom,
 * Electron) is loaded.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectAttributions } from '../../../shared/attribution/index';
import { checkDraft } from '../../../shared/check/check-draft';
import { detectByParagraph } from '../../../shared/check/detect-by-paragraph';
import type { Finding } from '../../../shared/check/finding';
import { SEVERITIES, type Severity } from '../../../shared/check/rule-ids';
import { countBySeverity, runCheck } from '../../../shared/check/run-check';
import { CheckSettingsSchema, type CheckSettings } from '../../../shared/check/settings';
import type { ArticleText } from '../../../shared/document/article-text';
import { articleFromHtml } from '../../../shared/document/html-text';
import { lineColumnLocator, type LineColumn } from '../../../shared/document/line-column';
import { sourceOffsetOf, type MappedArticleText } from '../../../shared/document/mapped-text';
import { articleFromMarkdown } from '../../../shared/document/markdown-text';
import { articleFromPlainText } from '../../../shared/document/plain-text';
import { DraftSchema } from '../../../shared/model/draft';

const USAGE = 'usage: check FILE... [--json] [--rules SETTINGS.json]';

/** A reason the input cannot be checked: reported on one line, exit status 2. */
class UnusableInput extends Error {}

interface CheckedFile {
  file: string;
  text: string;
  findings: Finding[];
  locate: (offset: number) => LineColumn;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let files: string[];
  let json: boolean;
  let settings: CheckSettings;
  try {
    ({ files, json, settings } = await parseArguments(args));
  } catch (error) {
    return reportUnusable(error);
  }
  let unusable = false;
  const checked: CheckedFile[] = [];
  for (const file of files) {
    try {
      checked.push(await checkFile(file, settings));
    } catch (error) {
      unusable = true;
      reportUnusable(error, file);
    }
  }
  process.stdout.write(json ? `${JSON.stringify(checked.map(toJson), null, 2)}\n` : checked.map(toText).join('\n') + summary(checked));
  if (unusable) return 2;
  return checked.some((result) => result.findings.some((finding) => finding.severity === 'error' && !finding.overridden)) ? 1 : 0;
}

async function parseArguments(args: string[]): Promise<{ files: string[]; json: boolean; settings: CheckSettings }> {
  const files: string[] = [];
  let json = false;
  let rulesFile: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--json') json = true;
    else if (arg === '--rules') {
      rulesFile = args[index + 1];
      if (rulesFile === undefined) throw new UnusableInput(`--rules needs a settings file (${USAGE})`);
      index += 1;
    } else if (arg.startsWith('--')) throw new UnusableInput(`unknown option ${arg} (${USAGE})`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UnusableInput(`no input file (${USAGE})`);
  return { files, json, settings: rulesFile ? await readSettings(rulesFile) : CheckSettingsSchema.parse({}) };
}

async function readSettings(file: string): Promise<CheckSettings> {
  const parsed = CheckSettingsSchema.safeParse(await readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnusableInput(`${file}: not a check settings file (${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInput(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`);
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnusableInput(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function checkFile(file: string, settings: CheckSettings): Promise<CheckedFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return checkDraftFile(file, settings);
  const text = await readText(file);
  if (extension === '.txt') return checkArticle(file, articleFromPlainText(text), lineColumnLocator(text), settings);
  const mapped = readMarkup(extension, text, file);
  const inFile = lineColumnLocator(text);
  return checkArticle(file, mapped, (offset) => inFile(sourceOffsetOf(mapped, offset)), settings);
}

function readMarkup(extension: string, text: string, file: string): MappedArticleText {
  if (extension === '.md' || extension === '.markdown') return articleFromMarkdown(text);
  if (extension === '.html' || extension === '.htm') return articleFromHtml(text);
  throw new UnusableInput(`${file}: unknown format "${extension || 'no extension'}" (expected .json draft, .txt, .md or .html)`);
}

function checkArticle(file: string, article: ArticleText, locate: (offset: number) => LineColumn, settings: CheckSettings): CheckedFile {
  const { findings } = runCheck({ article, detected: detectByParagraph(article, detectAttributions), settings });
  return { file, text: article.text, findings, locate };
}

async function checkDraftFile(file: string, settings: CheckSettings): Promise<CheckedFile> {
  const parsed = DraftSchema.safeParse(await readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnusableInput(`${file}: not a Copydesk draft (${issue?.path.join('.') || 'draft'}: ${issue?.message ?? 'invalid'})`);
  }
  const { document, findings } = checkDraft(parsed.data, settings);
  // A draft has no lines: report the paragraph as the line, the offset in it as the column.
  const locate = (offset: number): LineColumn => {
    const index = document.paragraphs.findLastIndex((paragraph) => paragraph.start <= offset);
    const paragraph = document.paragraphs[Math.max(0, index)];
    return { line: Math.max(0, index) + 1, column: offset - (paragraph?.start ?? 0) + 1 };
  };
  return { file, text: document.text, findings, locate };
}

function reportUnusable(error: unknown, file?: string): number {
  if (!(error instanceof UnusableInput)) throw error;
  process.stderr.write(`copydesk check: ${error.message}${file && !error.message.startsWith(file) ? ` (${file})` : ''}\n`);
  return 2;
}

function where(result: CheckedFile, finding: Finding): string {
  if (!finding.range) return 'sources';
  const { line, column } = result.locate(finding.range.start);
  return `${line}:${column}`;
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function toText(result: CheckedFile): string {
  const lines = [result.file];
  const active = result.findings.filter((finding) => !finding.overridden);
  for (const severity of SEVERITIES) {
    const group = active.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${HEADINGS[severity]} (${group.length})`);
    for (const finding of group) {
      lines.push(`    ${where(result, finding).padEnd(8)} ${finding.ruleId.padEnd(14)} ${finding.message}`);
      if (finding.fix) lines.push(`    ${''.padEnd(8)} ${''.padEnd(14)} fix: ${finding.fix.label}`);
    }
  }
  const overridden = result.findings.filter((finding) => finding.overridden);
  if (overridden.length > 0) {
    lines.push(`  Overridden (${overridden.length})`);
    for (const finding of overridden) {
      lines.push(`    ${where(result, finding).padEnd(8)} ${finding.ruleId.padEnd(14)} ${finding.message} [accepted by ${finding.overridden!.by || 'an editor'}: ${finding.overridden!.reason}]`);
    }
  }
  if (active.length === 0) lines.push('  No findings.');
  return `${lines.join('\n')}\n`;
}

function summary(results: CheckedFile[]): string {
  const counts = countBySeverity(results.flatMap((result) => result.findings));
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `\n${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${plural(results.length, 'file')}\n`;
}

function toJson(result: CheckedFile): unknown {
  return {
    file: result.file,
    counts: countBySeverity(result.findings),
    findings: result.findings.map((finding) => ({
      ...finding,
      ...(finding.range ? result.locate(finding.range.start) : { line: null, column: null }),
      passage: finding.range ? result.text.slice(finding.range.start, finding.range.end) : null,
    })),
  };
}
