import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bareEditorDir, builtRendererDir } from '../lib/builds';
import { sample } from '../lib/measure';
import { ROOT } from '../lib/paths';
import type { Benchmark } from '../lib/result';

const gzipKiB = (bytes: Uint8Array): number => gzipSync(bytes).length / 1024;

/** Every file of a built page except source maps, with its gzipped size. */
function builtFiles(dir: string): Array<{ name: string; kib: number; gzipKiB: number }> {
  const files: Array<{ name: string; kib: number; gzipKiB: number }> = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.endsWith('.map')) {
        const bytes = readFileSync(full);
        files.push({ name: path.relative(dir, full), kib: bytes.length / 1024, gzipKiB: gzipKiB(bytes) });
      }
    }
  };
  walk(dir);
  return files;
}

const total = (files: Array<{ gzipKiB: number }>): number => files.reduce((sum, file) => sum + file.gzipKiB, 0);

/**
 * The scripts a page loads before it can start: what its index.html names
 * (module scripts and modulepreloads). The rest load later: the check
 * worker's chunk, when a draft opens.
 */
function startScripts(dir: string): Set<string> {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]!);
  return new Set(named.map((reference) => path.normalize(reference.replace(/^\.?\//, ''))));
}

/**
 * The renderer's gzipped size (what a browser downloads; the desktop app reads
 * it from disk) against Lexical's published core, gzipped in the same run from
 * node_modules/lexical (its minified production build), and against the bare
 * Lexical page built by this run.
 */
const bundleSizeBench: Benchmark = async ({ runDir }) => {
  const renderer = builtFiles(builtRendererDir(runDir));
  const scripts = renderer.filter((file) => file.name.endsWith('.js'));
  const atStart = startScripts(builtRendererDir(runDir));
  const main = scripts.filter((file) => atStart.has(path.normalize(file.name)));
  const later = scripts.filter((file) => !atStart.has(path.normalize(file.name)));
  if (main.length === 0) throw new Error('index.html names none of the built scripts');
  const lexicalFile = path.join(ROOT, 'node_modules', 'lexical', 'dist', 'Lexical.prod.js');
  const lexicalCore = gzipKiB(readFileSync(lexicalFile));
  const bare = builtFiles(bareEditorDir(runDir)).filter((file) => file.name.endsWith('.js'));
  return {
    figures: [
      {
        section: 'Start-up',
        name: 'Renderer JavaScript loaded at start (main bundle), gzipped',
        unit: 'KiB',
        stat: 'median',
        copydesk: sample('build', [total(main)]),
        baseline: { label: "Lexical's core (lexical/dist/Lexical.prod.js), gzipped", sample: sample('build', [lexicalCore]) },
      },
      {
        section: 'Start-up',
        name: 'Renderer JavaScript loaded at start (main bundle), gzipped, against the bare Lexical editor page',
        unit: 'KiB',
        stat: 'median',
        copydesk: sample('build', [total(main)]),
        baseline: { label: 'bare editor page (lexical + rich-text + history)', sample: sample('build', [total(bare)]) },
      },
      {
        section: 'Start-up',
        name: 'Renderer JavaScript loaded later (the check worker: detector model, wink, check rules), gzipped',
        unit: 'KiB',
        stat: 'median',
        copydesk: sample('build', [total(later)]),
      },
      {
        section: 'Start-up',
        name: 'Renderer, every file (JS, CSS, HTML), gzipped',
        unit: 'KiB',
        stat: 'median',
        copydesk: sample('build', [total(renderer)]),
      },
    ],
    facts: [
      `Loaded at start: ${main.map((file) => file.name).join(', ')}; loaded later: ${later.map((file) => file.name).join(', ') || 'nothing'}.`,
      `Renderer files (gzip level 6, source maps excluded): ${renderer.map((file) => `${file.name} ${file.kib.toFixed(0)} KiB → ${file.gzipKiB.toFixed(1)} KiB`).join('; ')}.`,
      `Lexical ${JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'lexical', 'package.json'), 'utf8')).version as string} core: ${(statSync(lexicalFile).size / 1024).toFixed(0)} KiB minified → ${lexicalCore.toFixed(1)} KiB gzipped.`,
    ],
  };
};

export default bundleSizeBench;
