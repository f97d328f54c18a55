import { checkDraft } from '../../../shared/check/check-draft';
import { createIncrementalChecker } from '../../../shared/check/incremental-checker';
import type { Draft } from '../../../shared/model/draft';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { Random } from '../fixtures/prng';
import { describeArticle, longArticle } from '../fixtures/standard';
import { now, sample } from '../lib/measure';
import { progress } from '../lib/progress';
import type { Benchmark } from '../lib/result';
import { percentile } from '../lib/stats';

/** A copy of the draft with one word typed at the end of the last text node of block `index`; other blocks are shared. */
function typeInto(draft: Draft, index: number, word: string): Draft {
  const children = [...(draft.content.root.children ?? [])];
  const edit = (node: SerializedNodeShape): SerializedNodeShape => {
    if (typeof node['text'] === 'string') return { ...node, text: `${node['text']} ${word}` };
    const kids = node.children ?? [];
    const last = kids.length - 1;
    return last < 0 ? node : { ...node, children: kids.map((child, at) => (at === last ? edit(child) : child)) };
  };
  children[index] = edit(children[index]!);
  return { ...draft, content: { root: { ...draft.content.root, children } } };
}

const WARM_UP_EDITS = 5;

/**
 * The live check while typing: after a one-paragraph edit, the incremental
 * checker redoes only that paragraph's detection, analysis and paragraph
 * rules, and the cross-paragraph rules over the paragraphs' summaries. Each
 * edit types a word into a different paragraph, as an editor moving through
 * the article would. Baseline in the same run: a full check (no cache) of the same edits.
 */
const checkIncrementalBench: Benchmark = async ({ quick }) => {
  const article = longArticle();
  const random = new Random(7);
  const blocks = article.draft.content.root.children ?? [];
  const paragraphIndexes = blocks.flatMap((block, index) => (block.type === 'paragraph' ? [index] : []));
  const checker = createIncrementalChecker();
  let draft = article.draft;
  checker.checkDraft(draft);
  // The editor checks on every pause in typing: time the steady state, after the first few edits have warmed the code up.
  for (let warm = 0; warm < WARM_UP_EDITS; warm += 1) {
    draft = typeInto(draft, random.pick(paragraphIndexes), random.pick(['Wednesday', 'officials', 'said', 'the']));
    checker.checkDraft(draft);
  }
  // Up to 200 edits, but no more than about 40 s of them (at least 40 edits): a slow checker must not stall the run.
  const maxEdits = quick ? 20 : 200;
  const budgetMs = quick ? 10_000 : 40_000;
  const began = now();
  const incremental: number[] = [];
  const incrementalCpu: number[] = [];
  const unchanged: number[] = [];
  const full: number[] = [];
  let edits = 0;
  for (let edit = 0; edit < maxEdits && (edit < (quick ? 10 : 40) || now() - began < budgetMs); edit += 1) {
    edits += 1;
    draft = typeInto(draft, random.pick(paragraphIndexes), random.pick(['Wednesday', 'officials', 'said', 'the']));
    let started = now();
    const cpuBefore = process.cpuUsage();
    checker.checkDraft(draft);
    incremental.push(now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    incrementalCpu.push((cpu.user + cpu.system) / 1000);
    if (edit % 15 === 0) {
      started = now();
      checker.checkDraft(draft);
      unchanged.push(now() - started);
      started = now();
      checkDraft(draft);
      full.push(now() - started);
    }
  }
  progress(`  incremental re-check: p50 ${percentile(incremental, 50).toFixed(1)} ms, p95 ${percentile(incremental, 95).toFixed(1)} ms`);
  progress(`  its CPU time: p50 ${percentile(incrementalCpu, 50).toFixed(1)} ms, p95 ${percentile(incrementalCpu, 95).toFixed(1)} ms`);
  const p95 = percentile(incremental, 95);
  return {
    figures: [
      {
        section: 'Engine and export',
        name: 'Incremental re-check after a one-paragraph edit (10,000-word article)',
        unit: 'ms',
        stat: 'p95',
        copydesk: sample('edit', incremental),
        baseline: { label: 'full check of the same edited article, no cache', sample: sample('edit', full) },
        targets: [{ text: 'p95 < 10 ms', met: p95 < 10 }],
      },
      {
        section: 'Engine and export',
        name: 'CPU time of the same incremental re-checks (user + system, V8 background threads included; not slowed by other processes)',
        unit: 'ms',
        stat: 'p95',
        copydesk: sample('edit', incrementalCpu),
      },
      {
        section: 'Engine and export',
        name: 'Re-check with nothing changed (text extraction + rules only, all detection cached)',
        unit: 'ms',
        stat: 'median',
        copydesk: sample('check', unchanged),
      },
    ],
    facts: [
      `Incremental check: ${edits} consecutive edits, each typing one word into a random paragraph of the ${describeArticle(article)} article, after ${WARM_UP_EDITS} untimed ones; the editor's draft copy is made outside the timed region. CPU time is the process's user + system time over each check.`,
    ],
  };
};

export default checkIncrementalBench;
