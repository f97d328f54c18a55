import { reportingVerbForms } from './lexicon';
import type { DetectedAttribution } from './types';

/**
 * The plain regular-expression detector that the trained one is measured
 * against (benchmarks and scoring): a reporting verb or "according to" is the
 * cue, a capitalised name or pronoun right before it (or right after it, for
 * "said Smith") is the source, and a quotation or the rest of the clause is
 * the content. No tokenizer, no model.
 */
const VERBS = reportingVerbForms().sort((a, b) => b.length - a.length).join('|');
const CAPITALISED = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*`;
const NAME = String.raw`(?:(?:[Tt]he\s+)?${CAPITALISED}|[Tt]he\s+[a-z]+|[Hh]e|[Ss]he|[Tt]hey)`;
const SOURCE_CUE = new RegExp(String.raw`(${NAME})\s+(${VERBS})\b`, 'g');
const CUE_SOURCE = new RegExp(String.raw`[,”"]\s*(${VERBS})\s+(${NAME})`, 'g');
const ACCORDING = new RegExp(String.raw`\b([Aa]ccording to)\s+((?:the\s+)?${NAME})`, 'g');
const QUOTE = /["“«„]([^"”»“]{1,2000})["”»“]/g;

export function detectRegexBaseline(text: string): DetectedAttribution[] {
  const found: DetectedAttribution[] = [];
  const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const contentNear = (cueStart: number, cueEnd: number): { start: number; end: number } | null => {
    const before = quotes.filter((q) => q.end <= cueStart && cueStart - q.end <= 3).pop();
    if (before) return before;
    const after = quotes.find((q) => q.start >= cueEnd && q.start - cueEnd <= 3);
    if (after) return after;
    const clauseEnd = text.slice(cueEnd).search(/[.!?\n]/);
    const end = clauseEnd < 0 ? text.length : cueEnd + clauseEnd;
    const start = cueEnd + (text.slice(cueEnd, end).length - text.slice(cueEnd, end).trimStart().length);
    return end > start ? { start, end } : null;
  };
  for (const m of text.matchAll(SOURCE_CUE)) {
    const sourceStart = m.index;
    const cueStart = sourceStart + m[0].length - m[2]!.length;
    const cueEnd = cueStart + m[2]!.length;
    found.push({
      cue: { start: cueStart, end: cueEnd },
      source: { start: sourceStart, end: sourceStart + m[1]!.length },
      content: contentNear(cueStart, cueEnd),
      type: 'indirect',
      sourceName: m[1]!,
    });
  }
  for (const m of text.matchAll(CUE_SOURCE)) {
    const cueStart = m.index + m[0].indexOf(m[1]!, 1);
    const cueEnd = cueStart + m[1]!.length;
    const sourceStart = m.index + m[0].length - m[2]!.length;
    found.push({
      cue: { start: cueStart, end: cueEnd },
      source: { start: sourceStart, end: sourceStart + m[2]!.length },
      content: contentNear(cueStart, cueEnd),
      type: 'direct',
      sourceName: m[2]!,
    });
  }
  for (const m of text.matchAll(ACCORDING)) {
    const sourceStart = m.index + m[0].length - m[2]!.length;
    // "X happened, according to Y": the content is the clause before.
    const clauseStart = Math.max(text.lastIndexOf('.', m.index) + 1, text.lastIndexOf('\n', m.index) + 1);
    const before = text.slice(clauseStart, m.index).replace(/[,\s]+$/, '');
    const beforeStart = clauseStart + before.length - before.trimStart().length;
    found.push({
      cue: { start: m.index, end: m.index + m[1]!.length },
      source: { start: sourceStart, end: sourceStart + m[2]!.length },
      content: before.trim() ? { start: beforeStart, end: clauseStart + before.length } : contentNear(m.index, sourceStart + m[2]!.length),
      type: 'according-to',
      sourceName: m[2]!,
    });
  }
  return found.sort((a, b) => a.cue!.start - b.cue!.start);
}
