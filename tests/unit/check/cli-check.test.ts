import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../electron/cli/commands/check';
import { lineColumnLocator } from '../../../shared/document/line-column';
import { editorState, paragraph, text } from '../document/lexical-fixtures';
import { makeDraft } from './draft-fixture';
import { makeSource } from './helpers';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SAMPLE = path.resolve(ROOT, '../shared/samples/scraped-wire-rewrite.txt');

const directory = useTempDir({ prefix: 'copydesk-check-cli-' });
let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
});

function write(name: string, content: string): string {
  const file = path.join(directory(), name);
  writeFileSync(file, content);
  return file;
}

describe('copydesk check', () => {
  it('reports the sample story grouped by severity, with line and column, and exits 1 on errors', async () => {
    expect(await run([SAMPLE])).toBe(1);
    const sample = readFileSync(SAMPLE, 'utf8');
    const noted = lineColumnLocator(sample)(sample.indexOf('It is noted that'));
    expect(stdout).toMatch(/^ {2}Errors \(\d+\)$/m);
    expect(stdout).toMatch(/^ {2}Warnings \(\d+\)$/m);
    expect(stdout).toContain(`${noted.line}:${noted.column}`);
    expect(stdout).toMatch(new RegExp(`${noted.line}:${noted.column}\\s+S-VAGUE\\s+“It is noted that”`));
    expect(stdout).toContain('fix: Add Reuters as a source');
    expect(stdout).toMatch(/\n\d+ errors?, \d+ warnings?, \d+ info in 1 file\n$/);
    expect(stdout.indexOf('Errors (')).toBeLessThan(stdout.indexOf('Warnings ('));
    expect(stderr).toBe('');
  });

  it('gives machine-readable findings with --json', async () => {
    expect(await run([SAMPLE, '--json'])).toBe(1);
    const [report] = JSON.parse(stdout) as Array<{ file: string; counts: Record<string, number>; findings: Array<{ ruleId: string; line: number; column: number; passage: string }> }>;
    expect(report!.file).toBe(SAMPLE);
    const capital = report!.findings.find((finding) => finding.ruleId === 'C-SYNDICATION');
    expect(capital).toMatchObject({ passage: 'Source: Capital', column: 1 });
    expect(report!.counts.error).toBeGreaterThan(0);
  });

  it('applies house rules from --rules', async () => {
    const rules = write('rules.json', JSON.stringify({ disabledRules: ['S-OUTLET'], severities: { 'S-VAGUE': 'info' } }));
    expect(await run([SAMPLE, '--rules', rules])).toBe(0);
    expect(stdout).not.toContain('S-OUTLET');
    expect(stdout).toMatch(/^ {2}Info \(\d+\)$/m);
  });

  it('exits 0 for a clean draft and reports the paragraph as the line', async () => {
    const draft = makeDraft({
      content: editorState(paragraph(text('The council met on Monday.')), paragraph(text('It is believed that the budget will pass.'))),
      sources: [],
    });
    const file = write('draft.json', JSON.stringify(draft));
    expect(await run([file])).toBe(0);
    expect(stdout).toMatch(/2:1\s+S-VAGUE/);
  });

  it('exits 1 for a draft with an error-level finding', async () => {
    const draft = makeDraft({
      content: editorState(paragraph(text('The talks failed, according to Reuters.'))),
      sources: [makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency' })],
    });
    expect(await run([write('draft.json', JSON.stringify(draft))])).toBe(1);
    expect(stdout).toContain('S-OUTLET');
  });

  it('points into the file for HTML and Markdown', async () => {
    const html = write('story.html', '<html><body>\n<p>Prices rose.</p>\n<p>It is\n  noted that prices fell.</p></body></html>');
    expect(await run([html])).toBe(0);
    expect(stdout).toMatch(/3:4\s+S-VAGUE/);
    stdout = '';
    const markdown = write('story.md', '# Prices\n\nPrices rose. **It is noted that** prices fell.\n');
    expect(await run([markdown])).toBe(0);
    expect(stdout).toMatch(/3:16\s+S-VAGUE/);
  });

  it('prints its usage with --help', async () => {
    expect(await run(['--help'])).toBe(0);
    expect(stdout).toContain('usage: check FILE...');
  });

  it.each([
    ['a missing file', () => [path.join(directory(), 'nope.txt')], /nope\.txt: no such file/],
    ['unreadable JSON', () => [write('broken.json', '{"schemaVersion": 1,')], /broken\.json: not valid JSON/],
    ['JSON that is not a draft', () => [write('other.json', '{"hello": "world"}')], /other\.json: not a Copydesk draft/],
    ['an unknown format', () => [write('story.docx', 'PK')], /story\.docx: unknown format "\.docx"/],
    ['no file at all', () => [], /no input file/],
    ['an unknown option', () => ['--verbose'], /unknown option --verbose/],
    ['a bad settings file', () => [SAMPLE, '--rules', write('rules.json', '{"disabledRules": ["NOPE"]}')], /rules\.json: not a check settings file/],
  ])('exits 2 with a one-line reason for %s', async (_case, args, reason) => {
    expect(await run(args())).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('what the check command loads', () => {
  /** Follows the relative imports of a module and returns every package it reaches. */
  function packagesReachedFrom(entry: string): Set<string> {
    const packages = new Set<string>();
    const seen = new Set<string>();
    const pending = [entry];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (fileName.startsWith('.')) {
          const base = path.resolve(path.dirname(file), fileName);
          const candidates = [`${base}.ts`, path.join(base, 'index.ts'), base];
          const found = candidates.find((candidate) => {
            try {
              return readFileSync(candidate) !== undefined && candidate.endsWith('.ts');
            } catch {
              return false;
            }
          });
          if (found) pending.push(found);
        } else {
          packages.add(fileName.startsWith('@') ? fileName.split('/').slice(0, 2).join('/') : fileName.split('/')[0]!);
        }
      }
    }
    return packages;
  }

  it('does not reach Electron, React, Lexical or a DOM implementation', () => {
    const packages = packagesReachedFrom(path.join(ROOT, 'electron/cli/commands/check.ts'));
    for (const forbidden of ['electron', 'react', 'react-dom', 'jsdom', 'linkedom', 'happy-dom', 'lexical', '@lexical/react', 'electron-store']) {
      expect(packages.has(forbidden), `check reaches ${forbidden}`).toBe(false);
    }
    expect(packages.has('zod')).toBe(true);
  });
});
