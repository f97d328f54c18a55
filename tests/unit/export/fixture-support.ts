import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ExportOptions } from '../../../shared/export/index';
import { DraftSchema } from '../../../shared/model/draft';
import type { Draft } from '../../../shared/model/draft';
import { SerializedEditorStateSchema } from '../../../shared/model/lexical-json';

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const NODE_FIXTURES_DIR = path.join(FIXTURES_DIR, 'nodes');

/** `UPDATE_GOLDEN=1 npx vitest run tests/unit/export` rewrites the expected files; review the diff by eye. */
const UPDATING = process.env['UPDATE_GOLDEN'] === '1';

export const FIXTURE_OPTIONS = {
  publisher: { name: 'Nordic Daily', logoUrl: 'https://nordicdaily.example.com/logo.png' },
  siteUrl: 'https://nordicdaily.example.com/',
} satisfies Omit<ExportOptions, 'form'>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function loadDraft(name: string): Draft {
  return DraftSchema.parse(readJson(path.join(FIXTURES_DIR, name)));
}

/** The node fixture names ("text", "list", ...), one Lexical document each. */
export function nodeFixtureNames(): string[] {
  return readdirSync(NODE_FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** A node fixture's document inside the shared base draft (which holds the sources it cites). */
export function nodeFixtureDraft(name: string): Draft {
  const content = SerializedEditorStateSchema.parse(readJson(path.join(NODE_FIXTURES_DIR, `${name}.json`)));
  return { ...loadDraft('base-draft.json'), id: `fixture-${name}`, content };
}

/** Compares with the committed expected file, or (UPDATE_GOLDEN=1) writes it. */
export function expectGolden(actual: string, expectedFile: string): void {
  if (UPDATING) {
    writeFileSync(expectedFile, actual);
    return;
  }
  if (!existsSync(expectedFile)) {
    throw new Error(`no golden file ${path.relative(process.cwd(), expectedFile)}: run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
}
