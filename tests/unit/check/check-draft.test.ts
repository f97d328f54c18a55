import { describe, expect, it, vi } from 'vitest';
import type { DetectedAttribution } from '../../../shared/attribution/types';
import { checkDraft } from '../../../shared/check/check-draft';
import { textRangeToNodeRange } from '../../../shared/document/locate';
import { attribution, editorState, paragraph, text } from '../document/lexical-fixtures';
import { makeDraft } from './draft-fixture';
import { makeSource } from './helpers';

const reuters = makeSource({ id: 'reuters', name: 'Reuters', kind: 'wire-agency', url: 'https://www.reuters.com/world/europe/le-pen', dateAccessed: '2026-04-13' });
const capital = makeSource({ id: 'capital', name: 'Capital', kind: 'outlet', url: 'https://www.capital.gr/x', datePublished: '2026-04-13' });
const lePen = makeSource({ id: 'le-pen', name: 'Marine Le Pen', kind: 'person', role: 'France’s far-right presidential candidate' });

const content = editorState(
  paragraph(
    text('France’s far-right presidential candidate, Marine Le Pen, said on Wednesday that '),
    attribution(['le-pen', 'reuters'], 'paraphrase', text('she would propose closer ties between NATO and Russia')),
    text(', according to Reuters.'),
  ),
  paragraph(text('It is recalled that France withdrew from NATO’s military wing in 1967.')),
  paragraph(text('Source: Capital')),
);

const noDetection = () => [];

describe('checkDraft', () => {
  it('checks the document, its linked passages, sources and credit together', () => {
    const draft = makeDraft({ content, sources: [reuters, lePen, capital], meta: { basedOnOtherOutlet: true } });
    const result = checkDraft(draft, {}, noDetection);
    const rules = result.findings.map((finding) => finding.ruleId);
    expect(rules).not.toContain('S-OUTLET');
    // Capital is used by the credit line, not by a linked passage.
    expect(rules).not.toContain('SRC-UNUSED');
    expect(rules).not.toContain('S-UNLINKED');
    const syndication = result.findings.find((finding) => finding.ruleId === 'C-SYNDICATION');
    expect(syndication?.severity).toBe('error');
    const vague = result.findings.find((finding) => finding.ruleId === 'S-VAGUE')!;
    expect(result.document.text.slice(vague.range!.start, vague.range!.end)).toBe('It is recalled that');
    // The range leads back to the text node the editor highlights.
    expect(textRangeToNodeRange(result.document, vague.range!)).toEqual({ anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 19 } });
  });

  it('applies the draft’s overrides and counts only what remains', () => {
    const checkOverrides = [{ ruleId: 'S-VAGUE', passage: 'It is recalled that', reason: 'historical fact', by: 'Desk', at: '2026-11-28T11:30:00.000Z' }];
    const draft = makeDraft({ content, sources: [reuters, lePen], meta: { credit: 'Capital', basedOnOtherOutlet: true }, checkOverrides });
    const result = checkDraft(draft, {}, noDetection);
    expect(result.findings.find((finding) => finding.ruleId === 'S-VAGUE')?.overridden?.reason).toBe('historical fact');
    expect(result.counts.warning).toBe(result.findings.filter((finding) => finding.severity === 'warning' && !finding.overridden).length);
  });

  it('passes each paragraph to the detector and takes its spans into article coordinates', () => {
    const detect = vi.fn((_words: string): DetectedAttribution[] => []);
    const draft = makeDraft({ content });
    const { document } = checkDraft(draft, {}, detect);
    expect(detect.mock.calls.map(([words]) => words)).toEqual(document.paragraphs.map((span) => document.text.slice(span.start, span.end)));
  });
});
