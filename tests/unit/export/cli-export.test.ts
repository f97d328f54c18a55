import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExportCommand } from '../../../electron/cli/commands/export';
import type { PublishCheck } from '../../../electron/cli/commands/export';
import { exportDraftHtmlSanitized } from '../../../electron/services/export-sanitize';
import type { Finding } from '../../../shared/check/finding';
import { FIXTURES_DIR, FIXTURE_OPTIONS, loadDraft } from './fixture-support';
import { useTempDir } from '../helpers/temp-dir';

const ARTICLE = path.join(FIXTURES_DIR, 'article.draft.json');
const NOW = new Date('2026-11-28T12:00:00.000Z');
const PUBLISHER_ARGS = ['--publisher', FIXTURE_OPTIONS.publisher.name, '--logo-url', FIXTURE_OPTIONS.publisher.logoUrl, '--site-url', FIXTURE_OPTIONS.siteUrl];

const speakerFinding: Finding = {
  ruleId: 'Q-SPEAKER',
  severity: 'error',
  message: 'This quote has no named speaker.',
  range: { start: 4, end: 9 },
};

/** A check that reports what the test says, so the gate is tested without the detector model. */
const checkReporting = (findings: Finding[]): PublishCheck => () => ({ findings, document: { text: 'The quick brown fox' } });

const directory = useTempDir({ prefix: 'copydesk-export-cli-' });
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

function run(args: string[], findings: Finding[] = []): Promise<number> {
  return runExportCommand(args, { check: checkReporting(findings), now: () => NOW });
}

describe('copydesk export', () => {
  it('writes the sanitized standalone page to -o', async () => {
    const out = path.join(directory(), 'article.html');
    expect(await run([ARTICLE, '-o', out, ...PUBLISHER_ARGS])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(exportDraftHtmlSanitized(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'page' }).html);
    expect(stdout).toBe('');
  });

  it('writes the fragment to stdout with --fragment', async () => {
    expect(await run([ARTICLE, '--fragment', ...PUBLISHER_ARGS])).toBe(0);
    expect(stdout).toBe(exportDraftHtmlSanitized(loadDraft('article.draft.json'), { ...FIXTURE_OPTIONS, form: 'fragment' }).html);
  });

  it('takes the publisher from a preferences file', async () => {
    const prefs = path.join(directory(), 'preferences.json');
    writeFileSync(prefs, JSON.stringify({ preferences: { export: { publisherName: 'Harbour Post', siteUrl: 'https://harbourpost.example/', publisherLogoUrl: '' } } }));
    expect(await run([ARTICLE, '--fragment', '--preferences', prefs])).toBe(0);
    expect(stdout).toContain('"name": "Harbour Post"');
  });

  it('refuses while error-level findings remain, listing them, and writes nothing', async () => {
    const out = path.join(directory(), 'article.html');
    expect(await run([ARTICLE, '-o', out], [speakerFinding])).toBe(1);
    expect(stderr).toContain('refused: 1 error-level finding of the pre-publish check remains');
    expect(stderr).toContain('ERROR Q-SPEAKER: This quote has no named speaker. «quick»');
    expect(existsSync(out)).toBe(false);
  });

  it('lets warnings and findings the editor overrode through', async () => {
    const overridden: Finding = { ...speakerFinding, overridden: { reason: 'Speaker named in the headline', by: 'Maria', at: NOW.toISOString() } };
    const warning: Finding = { ...speakerFinding, ruleId: 'S-VAGUE', severity: 'warning' };
    expect(await run([ARTICLE, ...PUBLISHER_ARGS], [overridden, warning])).toBe(0);
    expect(stdout).toContain('<article class="news-article">');
  });

  it('exports with --force --reason and records the override beside the output', async () => {
    const out = path.join(directory(), 'article.html');
    const args = [ARTICLE, '-o', out, '--force', '--reason', 'Quote confirmed by phone', ...PUBLISHER_ARGS];
    expect(await run(args, [speakerFinding])).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(stderr).toContain('override recorded: exported despite 1 error-level finding(s)');
    expect(JSON.parse(readFileSync(`${out}.override.json`, 'utf8'))).toMatchObject({
      draftId: 'baltic-ferry-route',
      revision: 12,
      reason: 'Quote confirmed by phone',
      at: NOW.toISOString(),
      findings: [{ ruleId: 'Q-SPEAKER', message: 'This quote has no named speaker.', passage: 'quick' }],
    });
  });

  it('refuses when the check itself fails, unless forced', async () => {
    const broken: PublishCheck = () => {
      throw new Error('model file missing');
    };
    expect(await runExportCommand([ARTICLE], { check: broken, now: () => NOW })).toBe(1);
    expect(stderr).toContain('the pre-publish check could not run (model file missing)');
    expect(await runExportCommand([ARTICLE, '--force', '--reason', 'Checked by hand'], { check: broken, now: () => NOW })).toBe(0);
    expect(stderr).toContain('override recorded: exported despite a check that could not run');
  });

  it('needs a reason to force, and a draft that validates', async () => {
    expect(await run([ARTICLE, '--force'])).toBe(2);
    expect(stderr).toContain('--force needs --reason TEXT');
    const invalid = path.join(directory(), 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...loadDraft('article.draft.json'), id: 'Not An Id' }));
    expect(await run([invalid])).toBe(2);
    expect(stderr).toContain('is not a valid draft: id:');
  });

  it('names an unknown node type and its path', async () => {
    const draft = loadDraft('article.draft.json');
    const withUnknown = path.join(directory(), 'unknown.json');
    writeFileSync(withUnknown, JSON.stringify({ ...draft, content: { root: { ...draft.content.root, children: [{ type: 'poll', version: 1 }] } } }));
    expect(await run([withUnknown])).toBe(2);
    expect(stderr).toContain('unknown node type "poll": export has no transformer for it at root.children[0]');
  });
});
