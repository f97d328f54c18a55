import { exportDraftHtmlSanitized } from '../../../electron/services/export-sanitize';
import { exportDraftHtml } from '../../../shared/export';
import type { ExportOptions } from '../../../shared/export';
import { describeArticle, longArticle } from '../fixtures/standard';
import { collectGarbage, now, sample } from '../lib/measure';
import { progress } from '../lib/progress';
import type { Benchmark } from '../lib/result';
import { median } from '../lib/stats';
import { lexicalHtmlExporter } from './lexical-html-baseline';

const OPTIONS: ExportOptions = { form: 'page', publisher: { name: 'Copydesk Bench' }, siteUrl: 'https://news.example.org/' };

/**
 * Times `work` `runs` times after `warmup` untimed calls. The garbage
 * collector runs before each call, outside the timed region: a full
 * collection of the benchmark's own heap takes longer than the export.
 */
function timeAfterCollecting(runs: number, warmup: number, work: () => unknown): number[] {
  for (let index = 0; index < warmup; index += 1) work();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    collectGarbage();
    const started = now();
    work();
    times.push(now() - started);
  }
  return times;
}

/**
 * HTML export of the 10,000-word article with 500 attributions, as a
 * standalone page, in Node: shared/export's exportDraftHtml, the export
 * itself. Baseline in the same run: Lexical's own $generateHtmlFromNodes in a
 * headless editor over a linkedom DOM (which needs a DOM and has no sources
 * box, JSON-LD or attribution elements). Beside it, the export as the export
 * service saves it: the same HTML after the final DOMPurify pass over jsdom
 * (electron/services/export-sanitize.ts), which the first figure leaves out.
 */
const exportBench: Benchmark = async ({ quick }) => {
  const article = longArticle();
  const first = exportDraftHtml(article.draft, OPTIONS);
  const runs = quick ? 5 : 30;
  const ours = timeAfterCollecting(runs, 5, () => exportDraftHtml(article.draft, OPTIONS));
  progress(`  export: median ${median(ours).toFixed(1)} ms`);
  const lexical = await lexicalHtmlExporter(article.draft);
  const theirs = timeAfterCollecting(runs, 3, () => lexical.exportHtml());
  progress(`  Lexical headless export: median ${median(theirs).toFixed(1)} ms`);
  const sanitizedRuns = quick ? 3 : 10;
  const sanitized = timeAfterCollecting(sanitizedRuns, 1, () => exportDraftHtmlSanitized(article.draft, OPTIONS));
  progress(`  export + DOMPurify pass: median ${median(sanitized).toFixed(0)} ms`);
  return {
    figures: [
      {
        section: 'Engine and export',
        name: 'HTML export (standalone page) of a 10,000-word article with 500 attributions',
        unit: 'ms',
        stat: 'median',
        copydesk: sample('export', ours),
        baseline: { label: "Lexical's $generateHtmlFromNodes (headless editor, linkedom DOM; body only)", sample: sample('export', theirs) },
        targets: [{ text: '< 50 ms', met: median(ours) < 50 }],
      },
      {
        section: 'Engine and export',
        name: 'The same export with the final DOMPurify pass (jsdom), as the export service saves it',
        unit: 'ms',
        stat: 'median',
        copydesk: sample('export', sanitized),
      },
    ],
    facts: [
      `Export article: ${describeArticle(article)}; page ${Math.round(first.html.length / 1024)} KiB of HTML, ${first.warnings.length} warnings; Lexical's export ${Math.round(lexical.exportHtml().length / 1024)} KiB.`,
      'Export times exclude garbage collection of the benchmark process, which runs before each timed call (it took longer than the export itself when it was timed with it).',
    ],
  };
};

export default exportBench;
