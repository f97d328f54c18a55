import type { DetectedAttribution, Span } from '../../attribution/types';
import type { Source } from '../../model/source';
import type { LinkedAttribution } from '../check-input';
import type { Detector } from '../detect-by-paragraph';
import type { Finding } from '../finding';
import { buildOutletCatalogue, type CatalogueOutlet } from '../outlets/outlet-catalogue';
import { ARTICLE_RULE_IDS } from '../rule-ids';
import { RULE_PARTS } from '../rules';
import { inReadingOrderWithCounts, withSeverity, type CheckResult } from '../run-check';
import type { CheckSettings } from '../settings';
import { shiftSpan } from '../text/spans';
import { articleContext, type PlacedParagraph } from './article-context';
import { FirstOccurrenceIndex } from './first-occurrences';
import { analyseParagraph, type ParagraphAnalysis, type ParagraphRuleFindings } from './paragraph-analysis';
import { paragraphContext, paragraphOutlets, type ArticleEnvironment, type Surroundings } from './paragraph-context';
import { sameJson } from './same-json';

/** An article as the engine checks it: validated already, detection still to do. */
export interface EngineInput {
  text: string;
  paragraphs: Span[];
  linked: LinkedAttribution[];
  sources: Source[];
  meta: { credit: string; basedOnOtherOutlet: boolean };
  settings: CheckSettings;
}

const PARAGRAPH_RULES = ARTICLE_RULE_IDS.flatMap((id) => {
  const { paragraph: rule, paragraphReadsSurroundings = false } = RULE_PARTS[id];
  return rule ? [{ id, rule, readsSurroundings: paragraphReadsSurroundings }] : [];
});

const READS_SURROUNDINGS = new Set<string>(PARAGRAPH_RULES.flatMap(({ id, readsSurroundings }) => (readsSurroundings ? [id] : [])));

const ARTICLE_RULES = ARTICLE_RULE_IDS.flatMap((id) => {
  const rule = RULE_PARTS[id].article;
  return rule ? [{ id, rule }] : [];
});

/**
 * The check, paragraph by paragraph. Everything that depends on one
 * paragraph's words (detection, sentences, quotations, speakers, outlet
 * mentions) is kept by those words; the findings of the paragraph rules are
 * kept by the words, the paragraph's links and the sentences either side;
 * the rules that look across paragraphs run over the article put together
 * from those pieces. An edit to one paragraph redoes that paragraph only,
 * unless it changes what every paragraph reads (the sources, the settings,
 * an outlet the article newly cites).
 */
export class IncrementalEngine {
  private analyses = new Map<string, ParagraphAnalysis>();
  /** The settings, sources, metadata and outlet-like names of the last check, as JSON data. */
  private environmentInputs: unknown = null;
  /** Counts changes of the environment: paragraph findings computed in another are stale. */
  private environmentVersion = 0;
  private outlets: CatalogueOutlet[] = [];
  private readonly firstOccurrences = new FirstOccurrenceIndex();
  private checks = 0;

  constructor(private readonly detect: Detector) {}

  get cachedParagraphCount(): number {
    return this.analyses.size;
  }

  /** Detection for every paragraph, in article offsets, from the cache where the words are unchanged. */
  detectArticle(text: string, paragraphs: readonly Span[]): DetectedAttribution[] {
    const analyses = this.analysesOf(text, paragraphs);
    return analyses.flatMap((analysis, index) => analysis.detected.map((attribution) => shiftAttribution(attribution, paragraphs[index]!.start)));
  }

  /** The check of an article laid out as paragraphs with blank space between them; undefined for any other layout. */
  check(input: EngineInput): CheckResult | undefined {
    if (!isParagraphLayout(input.text, input.paragraphs)) return undefined;
    this.checks += 1;
    const linkedByParagraph = linkedPerParagraph(input);
    if (!linkedByParagraph) return undefined;
    const analyses = this.analysesOf(input.text, input.paragraphs);
    const environment = this.environmentFor(input, analyses);
    const placed: PlacedParagraph[] = analyses.map((analysis, index) => {
      if (analysis.outlets?.outlets !== environment.outlets) analysis.outlets = paragraphOutlets(analysis, environment.outlets);
      return { span: input.paragraphs[index]!, analysis, outlets: analysis.outlets };
    });
    const creditIndex = placed.findLastIndex(({ analysis }) => analysis.credit !== undefined);
    const disabled = new Set(input.settings.disabledRules);
    // Paragraph by paragraph, then the article rules: the sort below is stable, and findings it cannot tell apart
    // (same start, severity and rule) come in the same order as rule by rule, as one rule's findings stay in paragraph order.
    const findings: Finding[] = [];
    this.addParagraphRuleFindings(input.text, placed, linkedByParagraph, environment, creditIndex, disabled, findings);
    this.firstOccurrences.startCheck(placed);
    const context = articleContext(input.text, placed, input.linked, environment, creditIndex, this.firstOccurrences);
    for (let index = 0; index < ARTICLE_RULES.length; index += 1) {
      const { id, rule } = ARTICLE_RULES[index]!;
      if (disabled.has(id)) continue;
      const found = rule(context);
      for (let at = 0; at < found.length; at += 1) findings.push(withSeverity(found[at]!, input.settings));
    }
    return inReadingOrderWithCounts(findings);
  }

  private analysesOf(text: string, paragraphs: readonly Span[]): ParagraphAnalysis[] {
    const kept = new Map<string, ParagraphAnalysis>();
    const analyses = paragraphs.map(({ start, end }) => {
      const words = text.slice(start, end);
      let analysis = kept.get(words) ?? this.analyses.get(words);
      if (!analysis) {
        // A copy of its own: a slice would keep this check's whole text alive for as long as the paragraph stays unchanged.
        const own = Array.from(words).join('');
        analysis = analyseParagraph(own, this.detect(own));
      }
      // Keyed by the paragraph's own copy: a slice of the text as key would keep this check's whole text alive until the next.
      kept.set(analysis.words, analysis);
      return analysis;
    });
    // Keep only what the current article holds, so the cache never outgrows one document.
    this.analyses = kept;
    return analyses;
  }

  /** The sources, settings and outlet catalogue of this check; a change to any of them starts the paragraph findings afresh. */
  private environmentFor(input: EngineInput, analyses: readonly ParagraphAnalysis[]): ArticleEnvironment {
    // As findOutletLikeNames orders them over the whole article: the detector's names first, then the cited ones.
    const names = [...new Set([...analyses.flatMap((analysis) => analysis.detectedOutletNames), ...analyses.flatMap((analysis) => analysis.citedOutletNames)])];
    const inputs = [input.settings, input.sources, input.meta, names];
    if (!sameJson(inputs, this.environmentInputs)) {
      // A copy: a caller may change its sources or settings in place before the next check.
      this.environmentInputs = JSON.parse(JSON.stringify(inputs)) as unknown;
      this.outlets = buildOutletCatalogue(input.settings.stateAffiliatedOutlets, input.sources, names);
      this.environmentVersion += 1;
    }
    return { sources: input.sources, settings: input.settings, meta: input.meta, outlets: this.outlets };
  }

  /** Adds each paragraph's findings of the enabled paragraph rules, with their severities, in article offsets, paragraph by paragraph. */
  private addParagraphRuleFindings(
    text: string,
    placed: readonly PlacedParagraph[],
    linkedByParagraph: ReadonlyArray<LinkedAttribution[]>,
    environment: ArticleEnvironment,
    creditIndex: number,
    disabled: ReadonlySet<string>,
    findings: Finding[],
  ): void {
    const neighbours = neighboursOf(text, placed);
    for (let index = 0; index < placed.length; index += 1) {
      const { span, analysis, outlets } = placed[index]!;
      const links = linkedByParagraph[index]!;
      const isCreditLine = index === creditIndex;
      const around = neighbours[index]!;
      // A paragraph's words may recur in the article (a repeated line): each place keeps its own findings.
      const entries = (analysis.ruleFindings ??= []);
      let kept: ParagraphRuleFindings | undefined;
      for (const entry of entries) {
        if (
          entry.environment === this.environmentVersion &&
          entry.isCreditLine === isCreditLine &&
          entry.previous === around.previous &&
          entry.gapBefore === around.gapBefore &&
          entry.next === around.next &&
          entry.gapAfter === around.gapAfter &&
          sameLinks(entry.links, links, span.start)
        ) {
          kept = entry;
          break;
        }
      }
      if (!kept) {
        // Copies: the kept links are compared with the next check's, which may come in the same arrays changed in place.
        const linked = links.map((link) => ({ ...link, range: shiftSpan(link.range, -span.start), sourceIds: [...link.sourceIds] }));
        const context = paragraphContext(analysis, outlets, environment, linked, isCreditLine, surroundingsOf(around));
        // Only the paragraphs either side changed (an edit next door): the rules that read no further than the paragraph keep their findings.
        const local = entries.find(
          (entry) => entry.environment === this.environmentVersion && entry.isCreditLine === isCreditLine && sameLinks(entry.links, links, span.start),
        );
        // Each rule's findings keep their order, which is all of the order the stable sort of the findings keeps.
        const found: Finding[] = local ? local.findings.filter((finding) => !READS_SURROUNDINGS.has(finding.ruleId)) : [];
        for (const { rule, readsSurroundings } of PARAGRAPH_RULES) {
          if (local && !readsSurroundings) continue;
          for (const finding of rule(context)) found.push(withSeverity(finding, environment.settings));
        }
        kept = { environment: this.environmentVersion, links: linked, isCreditLine, ...around, findings: found, usedInCheck: this.checks };
        entries.push(kept);
      }
      kept.usedInCheck = this.checks;
      // Placed afresh: kept placed copies would need replacing for the half of the article an edit moves, and would outlive several collections.
      for (let at = 0; at < kept.findings.length; at += 1) {
        const finding = kept.findings[at]!;
        if (!disabled.has(finding.ruleId)) findings.push(placeFinding(finding, span.start));
      }
    }
    // Forget the places the words no longer hold: a kept entry would keep its old neighbours alive.
    for (const { analysis } of placed) {
      if (analysis.ruleFindings!.length > 1) analysis.ruleFindings = analysis.ruleFindings!.filter((entry) => entry.usedInCheck === this.checks);
    }
  }
}

/**
 * Paragraphs in order, nothing but blank space around them, a line break
 * between any two: then no pattern of the check matches across a paragraph
 * break, and the paragraphs can be checked one by one.
 */
function isParagraphLayout(text: string, paragraphs: readonly Span[]): boolean {
  let previousEnd = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    if (paragraph.start < previousEnd || !isBlank(text, previousEnd, paragraph.start, index > 0)) return false;
    previousEnd = paragraph.end;
  }
  return isBlank(text, previousEnd, text.length, false);
}

/** Whether text[from, to) is white space only, with a line break in it when one is needed. */
function isBlank(text: string, from: number, to: number, needsLineBreak: boolean): boolean {
  let lineBreak = false;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === LINE_FEED) lineBreak = true;
    else if (!WHITE_SPACE.test(text[at]!)) return false;
  }
  return lineBreak || !needsLineBreak;
}

const WHITE_SPACE = /\s/u;

/** The linked passages of each paragraph, in their order; undefined when one lies outside every paragraph. */
function linkedPerParagraph({ paragraphs, linked }: EngineInput): LinkedAttribution[][] | undefined {
  const byParagraph: LinkedAttribution[][] = paragraphs.map(() => []);
  for (const link of linked) {
    const index = lastStartingAtOrBefore(paragraphs, link.range.start);
    const paragraph = paragraphs[index];
    if (!paragraph || link.range.end > paragraph.end) return undefined;
    byParagraph[index]!.push(link);
  }
  return byParagraph;
}

/** The index of the last of spans sorted by start to start at or before an offset; -1 when none does. */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Whether a paragraph's links, in article offsets with the paragraph at `by`, are the kept ones in its own offsets. */
function sameLinks(kept: readonly LinkedAttribution[], links: readonly LinkedAttribution[], by: number): boolean {
  if (kept.length !== links.length) return false;
  for (let index = 0; index < kept.length; index += 1) {
    const a = kept[index]!;
    const b = links[index]!;
    if (a.range.start !== b.range.start - by || a.range.end !== b.range.end - by || a.kind !== b.kind) return false;
    if (a.sourceIds.length !== b.sourceIds.length || a.sourceIds.some((id, at) => id !== b.sourceIds[at])) return false;
  }
  return true;
}

/**
 * What lies around a paragraph for A-ANON-DESC: the nearest paragraphs
 * before and after it that hold a sentence, and the text between. The
 * masked words from the sentence before it to the sentence after it follow
 * from these, so they need building only when the paragraph's rules run.
 */
interface Neighbours {
  previous: ParagraphAnalysis | null;
  gapBefore: string;
  next: ParagraphAnalysis | null;
  gapAfter: string;
}

function neighboursOf(text: string, placed: readonly PlacedParagraph[]): Neighbours[] {
  const result: Neighbours[] = placed.map(() => ({ previous: null, gapBefore: '', next: null, gapAfter: '' }));
  let last: PlacedParagraph | null = null;
  for (let index = 0; index < placed.length; index += 1) {
    const paragraph = placed[index]!;
    if (last) {
      result[index]!.previous = last.analysis;
      result[index]!.gapBefore = textBetween(text, last.span.end, paragraph.span.start);
    }
    if (paragraph.analysis.sentences.length > 0) last = paragraph;
  }
  let following: PlacedParagraph | null = null;
  for (let index = placed.length - 1; index >= 0; index -= 1) {
    const paragraph = placed[index]!;
    if (following) {
      result[index]!.next = following.analysis;
      result[index]!.gapAfter = textBetween(text, paragraph.span.end, following.span.start);
    }
    if (paragraph.analysis.sentences.length > 0) following = paragraph;
  }
  return result;
}

/** text[from, to): almost always the blank line between two paragraphs, which needs no string of its own. */
function textBetween(text: string, from: number, to: number): string {
  if (to - from === 2 && text.charCodeAt(from) === LINE_FEED && text.charCodeAt(from + 1) === LINE_FEED) return BLANK_LINE;
  return text.slice(from, to);
}

const LINE_FEED = 10;
const BLANK_LINE = '\n\n';

/** The masked words from the start of the sentence before a paragraph to its start, and from its end to the end of the sentence after it. */
function surroundingsOf({ previous, gapBefore, next, gapAfter }: Neighbours): Surroundings {
  const last = previous?.sentences[previous.sentences.length - 1];
  const first = next?.sentences[0];
  return {
    before: previous && last ? previous.masked.slice(last.start) + gapBefore : null,
    after: next && first ? gapAfter + next.masked.slice(0, first.end) : null,
  };
}

function shiftAttribution(attribution: DetectedAttribution, by: number): DetectedAttribution {
  const move = (span: Span | null): Span | null => (span ? shiftSpan(span, by) : null);
  return { ...attribution, cue: move(attribution.cue), source: move(attribution.source), content: move(attribution.content) };
}

/** A paragraph's finding in article offsets: its range and whatever place its fix points at move. */
function placeFinding(finding: Finding, by: number): Finding {
  // Assigned in place, so the keys keep the order the full check gives them.
  const placed = { ...finding };
  if (placed.range) placed.range = shiftSpan(placed.range, by);
  const { fix } = placed;
  if (fix?.kind === 'replace-text' || fix?.kind === 'link-passage') placed.fix = { ...fix, range: shiftSpan(fix.range, by) };
  else if (fix?.kind === 'insert-text') placed.fix = { ...fix, at: fix.at + by };
  return placed;
}
