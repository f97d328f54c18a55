import { detectRegexBaseline } from '../../../shared/attribution';
import { checkDraft } from '../../../shared/check/check-draft';
import { describeArticle, longArticle } from '../fixtures/standard';
import { collectGarbage, sample, timeRuns } from '../lib/measure';
import { progress } from '../lib/progress';
import type { Benchmark } from '../lib/result';

/**
 * The whole pre-publish check of the 10,000-word article from scratch (text
 * extraction, detection of every paragraph, every rule, overrides), as the
 * CLI and export run it. Baseline: the same check with the plain-regex
 * detector in place of the trained one.
 */
const checkFullBench: Benchmark = async ({ quick }) => {
  const article = longArticle();
  const runs = quick ? 2 : 7;
  const findings = checkDraft(article.draft).findings.length;
  const model = await timeRuns(runs, 1, () => {
    collectGarbage();
    return checkDraft(article.draft);
  });
  progress(`  full check: ${model.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  const regex = await timeRuns(runs, 1, () => {
    collectGarbage();
    return checkDraft(article.draft, {}, detectRegexBaseline);
  });
  return {
    figures: [
      {
        section: 'Engine and export',
        name: 'Full check of a 10,000-word article (trained detector + all rules)',
        unit: 'ms',
        stat: 'median',
        copydesk: sample('run', model),
        baseline: { label: 'same check with the plain-regex detector', sample: sample('run', regex) },
      },
    ],
    facts: [`Check article: ${describeArticle(article)}; ${findings} findings.`],
  };
};

export default checkFullBench;
