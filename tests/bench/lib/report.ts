import type { Machine } from './machine';
import { joinBaselines, statOf, type Figure, type Sample, type Section } from './result';

export interface BenchRecord {
  id: string;
  title: string;
  seconds: number;
  figures: Figure[];
  facts: string[];
  /** Set when the benchmark could not run; its figures are missing, with this reason. */
  failure?: string;
}

export interface ReportInput {
  machine: Machine;
  records: BenchRecord[];
  totalSeconds: number;
  loadAtEnd: number;
  command: string;
}

const SECTIONS: Section[] = ['Engine and export', 'Library', 'Typing', 'Start-up'];

/** Three significant digits, thousands separated: enough for figures that vary by a few per cent between runs. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-GB');
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

function withUnit(value: number, unit: string): string {
  return `${formatNumber(value)} ${unit}`;
}

const plural = (noun: string): string => (/(s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`);

function describeSample(sample: Sample | null | undefined, unit: string, stat: Figure['stat']): string {
  if (!sample) return '—';
  const { summary: s } = sample;
  if (s.n === 1) return `**${withUnit(s.median, unit)}** (one ${sample.of})`;
  const spread = [
    ...(stat === 'p95' ? [] : [`p95 ${formatNumber(s.p95)}`]),
    `min–max ${formatNumber(s.min)}–${formatNumber(s.max)}`,
    `IQR ${formatNumber(s.iqr)}`,
  ].join(', ');
  const main = stat === 'median' ? `**${withUnit(s.median, unit)}**` : `median ${withUnit(s.median, unit)}, **${stat} ${withUnit(statOf(sample, stat), unit)}**`;
  return `${main} (${spread}; n=${s.n} ${plural(sample.of)})`;
}

function ratioOf(figure: Figure): string {
  const baseline = figure.baseline?.sample;
  if (!figure.copydesk || !baseline) return '—';
  const denominator = statOf(baseline, figure.stat);
  if (denominator === 0) return '—';
  return `${(statOf(figure.copydesk, figure.stat) / denominator).toFixed(2)}×`;
}

function targetCells(figure: Figure): [string, string] {
  if (!figure.targets?.length) return ['—', '—'];
  return [figure.targets.map((target) => target.text).join('; '), figure.targets.map((target) => (target.met ? 'met' : '**not met**')).join('; ')];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function figureRow(figure: Figure): string {
  const baseline = !figure.baseline
    ? '—'
    : figure.baseline.sample
      ? `${figure.baseline.label}: ${describeSample(figure.baseline.sample, figure.unit, figure.stat)}${figure.baseline.note ? ` (${figure.baseline.note})` : ''}`
      : `${figure.baseline.label}: ${figure.baseline.note ?? 'not measured'}`;
  const [target, met] = targetCells(figure);
  const name = figure.note ? `${figure.name} (${figure.note})` : figure.name;
  return `| ${[name, describeSample(figure.copydesk, figure.unit, figure.stat), baseline, ratioOf(figure), target, met].map(cell).join(' | ')} |`;
}

export function renderReport(input: ReportInput): string {
  const { machine } = input;
  const figures = joinBaselines(input.records.flatMap((record) => record.figures));
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Written by \`${input.command}\` (tests/bench/run.ts) — do not edit by hand. Every figure below was measured in this run;`,
    'each baseline was measured in the same run, next to the figure it is compared with. These are benchmarks, not tests:',
    'nothing here fails a build.',
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| Date | ${machine.date} |`,
    `| CPU | ${machine.cpu}, ${machine.cores} cores |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| Chromium | ${machine.chromium} (headless) |`,
    `| Lexical | ${machine.lexical} |`,
    `| Commit | ${machine.commit} |`,
    // Only the load at start tells what else was running: by the end the figure includes the benchmarks' own browser and host processes.
    `| Load average (1 min) at start / end | ${machine.loadAtStart.toFixed(2)} / ${input.loadAtEnd.toFixed(2)} (the end includes the benchmarks' own processes)${machine.loadAtStart > machine.cores / 2 ? ' — **busy machine: other processes competed for the CPU, so times are inflated and noisy**' : ''} |`,
    `| Whole run | ${Math.round(input.totalSeconds)} s |`,
    '',
    '## Targets',
    '',
    '| Figure | Target | Measured | Met |',
    '|---|---|---|---|',
  ];
  for (const figure of figures) {
    if (!figure.targets?.length || !figure.copydesk) continue;
    for (const target of figure.targets) {
      const measured = `${figure.copydesk.summary.n > 1 ? `${figure.stat} ` : ''}${withUnit(statOf(figure.copydesk, figure.stat), figure.unit)}${figure.baseline?.sample ? ` (baseline ${withUnit(statOf(figure.baseline.sample, figure.stat), figure.unit)}, ${ratioOf(figure)})` : ''}`;
      lines.push(`| ${[figure.name, target.text, measured, target.met ? 'met' : '**not met**'].map(cell).join(' | ')} |`);
    }
  }
  for (const section of SECTIONS) {
    const inSection = figures.filter((figure) => figure.section === section);
    if (inSection.length === 0) continue;
    lines.push('', `## ${section}`, '', '| Figure | Copydesk | Baseline (same run) | Ratio | Target | Met |', '|---|---|---|---|---|---|');
    lines.push(...inSection.map(figureRow));
  }
  lines.push('', '## Inputs and notes', '');
  for (const record of input.records) {
    lines.push(`- **${record.title}** (${Math.round(record.seconds)} s)${record.failure ? ` — **did not complete:** ${record.failure}` : ''}`);
    for (const fact of record.facts) lines.push(`  - ${fact}`);
  }
  lines.push(
    '',
    '## Reading the tables',
    '',
    '- "median (p95, min–max, IQR; n=…)": the spread of the sample named by n — repeated runs, saves or keystrokes.',
    '- Ratio: Copydesk ÷ baseline on the statistic in bold. For throughput, higher is better; for times and sizes, lower is better.',
    '- Reproduce with `npm run bench` (about 10–15 minutes on 2 cores); `npm run bench -- --only engine,export` runs a subset and',
    '  does not write this file unless `--write` is given.',
    '',
  );
  return lines.join('\n');
}
