import { exportDraftHtml } from '../../../shared/export';
import type { ExportOptions } from '../../../shared/export';
import { describeArticle, longArticle } from '../fixtures/standard';
import { collectGarbage, sample, timeRuns } from '../lib/measure';
import { progress } from '../lib/progress';
import type { Benchmark } from '../lib/result';
import { median } from '../lib/stats';
import { lexicalHtmlExporter } from './lexical-html-baseline';

const OPTIONS: ExportOptions = { form: 'page', publisher: { name: 'Copydesk Bench' }, siteUrl: 'https://news.example.org/' };

/**
 * HTML export of the 10,000-word article with 500 attributions, as a
 * standalone page, in Node. Baseline in the same run: Lexical's own
 * $generateHtmlFromNodes in a headless editor over a linkedom DOM (which
 * needs a DOM and has no sources box, JSON-LD or attribution elements).
 */
const exportBench: Benchmark = async ({ quick }) => {
  const article = longArticle();
  const first = exportDraftHtml(article.draft, OPTIONS);
  const runs = quick ? 5 : 30;
  const ours = await timeRuns(runs, 5, () => {
    collectGarbage();
    return exportDraftHtml(article.draft, OPTIONS);
  });
  progress(`  export: median ${median(ours).toFixed(1)} ms`);
  const lexical = await lexicalHtmlExporter(article.draft);
  const theirs = await timeRuns(runs, 3, () => {
    collectGarbage();
    return lexical.exportHtml();
  });
  progress(`  Lexical headless export: median ${median(theirs).toFixed(1)} ms`);
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
    ],
    facts: [
      `Export article: ${describeArticle(article)}; page ${Math.round(first.html.length / 1024)} KiB of HTML, ${first.warnings.length} warnings; Lexical's export ${Math.round(lexical.exportHtml().length / 1024)} KiB.`,
    ],
  };
};

export default exportBench;
