import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/attribution';
import { detectByParagraph } from '../../../shared/check/detect-by-paragraph';
import type { Finding } from '../../../shared/check/finding';
import { runCheck } from '../../../shared/check/run-check';
import { articleFromPlainText } from '../../../shared/document/plain-text';

/** The team's sample: a real wire rewrite as scraped, site chrome included (see ../shared/README.md). */
const SAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples/scraped-wire-rewrite.txt');

let text: string;
let findings: Finding[];
const words = (finding: Finding): string => (finding.range ? text.slice(finding.range.start, finding.range.end) : '');
const of = (ruleId: string): Finding[] => findings.filter((finding) => finding.ruleId === ruleId);

beforeAll(() => {
  text = readFileSync(SAMPLE, 'utf8');
  const article = articleFromPlainText(text);
  findings = runCheck({ article, detected: detectByParagraph(article, detectAttributions) }).findings;
});

describe('the sample wire rewrite', () => {
  it('finds the vague attributions', () => {
    expect(of('S-VAGUE').map(words)).toEqual(['It is noted that', 'reportedly stated', 'It is recalled that', 'It is noted that', 'opinion polls suggest']);
  });

  it('does not call the correctly attributed sentences vague', () => {
    const attributed = [text.indexOf('said on Wednesday'), text.indexOf('according to Reuters')];
    for (const offset of attributed) {
      const sentenceStart = text.lastIndexOf('\n', offset);
      const sentenceEnd = text.indexOf('\n', offset);
      expect(of('S-VAGUE').filter((finding) => finding.range!.start > sentenceStart && finding.range!.start < sentenceEnd)).toEqual([]);
    }
  });

  it('finds RIA Novosti named without a state-media description, and offers one', () => {
    const [first] = of('M-STATE');
    expect(words(first!)).toBe('Ria Novosti');
    expect(first!.fix).toMatchObject({ kind: 'insert-text', text: ', the Russian state news agency' });
  });

  it('finds Reuters, the BBC, RIA Novosti and Capital cited and needing to be sources', () => {
    const outlets = of('S-OUTLET').map((finding) => (finding.fix?.kind === 'add-source' ? finding.fix.source.name : null));
    expect(outlets).toEqual(['Reuters', 'BBC', 'RIA Novosti', 'Capital']);
    expect(of('S-OUTLET').every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('reads "Source: Capital" as the syndication credit', () => {
    const [credit] = of('C-SYNDICATION');
    expect(words(credit!)).toBe('Source: Capital');
    expect(credit!.fix).toEqual({ kind: 'set-credit', label: 'Set the credit to Capital', credit: 'Capital' });
  });

  it('accepts the quotes whose speaker is named', () => {
    expect(of('Q-SPEAKER')).toEqual([]);
  });
});
