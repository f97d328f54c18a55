import type { Span } from '../../attribution/types';
import type { ParagraphAnalysis } from './paragraph-analysis';

/** Where a name first occurs: the paragraph's index and the span in that paragraph's offsets. */
export interface FirstOccurrence {
  index: number;
  span: Span;
}

interface LaidOutParagraph {
  analysis: ParagraphAnalysis;
  /** The length of the blank space before it: a match running over a break spans it. */
  gapBefore: number;
}

/**
 * The first occurrence of each name N-FIRSTREF asks about, kept from one
 * check to the next. Between two checks an edit changes a run of
 * paragraphs; the paragraphs before and after it are the same objects. A
 * name first found before the run is still found there; one found after it,
 * or nowhere, needs only the run searched. So a check searches the changed
 * paragraphs for each name rather than walking the article.
 */
export class FirstOccurrenceIndex {
  private layout: LaidOutParagraph[] = [];
  private previousLength = 0;
  /** How many paragraphs at the start and at the end are unchanged since the last check. */
  private unchangedBefore = 0;
  private unchangedAfter = 0;
  private generation = 0;
  private found = new Map<string, { generation: number; first: FirstOccurrence | null }>();

  /** Takes the article's paragraphs for this check. */
  startCheck(paragraphs: ReadonlyArray<{ analysis: ParagraphAnalysis; span: Span }>): void {
    const previous = this.layout;
    const next = paragraphs.map(({ analysis, span }, index) => ({
      analysis,
      gapBefore: span.start - (index === 0 ? 0 : paragraphs[index - 1]!.span.end),
    }));
    const same = (a: LaidOutParagraph, b: LaidOutParagraph): boolean => a.analysis === b.analysis && a.gapBefore === b.gapBefore;
    let before = 0;
    while (before < next.length && before < previous.length && same(next[before]!, previous[before]!)) before += 1;
    let after = 0;
    while (after < next.length - before && after < previous.length - before && same(next[next.length - 1 - after]!, previous[previous.length - 1 - after]!)) {
      after += 1;
    }
    this.unchangedBefore = before;
    this.unchangedAfter = after;
    this.previousLength = previous.length;
    this.layout = next;
    this.generation += 1;
    // Names not asked about in the last check describe an older layout.
    for (const [name, entry] of this.found) if (entry.generation < this.generation - 1) this.found.delete(name);
  }

  /**
   * The first occurrence of a name, given `searchAt`, which finds the first
   * occurrence that starts in one paragraph (it may read the next).
   */
  first(name: string, searchAt: (index: number) => Span | null): FirstOccurrence | null {
    const count = this.layout.length;
    const remember = (first: FirstOccurrence | null): FirstOccurrence | null => {
      this.found.set(name, { generation: this.generation, first });
      return first;
    };
    const search = (from: number, to: number): FirstOccurrence | null => {
      for (let index = from; index < to; index += 1) {
        const span = searchAt(index);
        if (span) return { index, span };
      }
      return null;
    };
    const known = this.found.get(name);
    if (!known || known.generation !== this.generation - 1) return remember(search(0, count));
    const { first } = known;
    // Found before the change, where neither the paragraph nor the next one changed.
    if (first && first.index + 1 < this.unchangedBefore) return remember(first);
    // The paragraph before the change may now run on into a changed one: search from there to the end of the change.
    const changedEnd = count - this.unchangedAfter;
    const inChange = search(Math.max(0, this.unchangedBefore - 1), changedEnd);
    if (inChange) return remember(inChange);
    if (!first) return remember(null);
    const previousChangedEnd = this.previousLength - this.unchangedAfter;
    if (first.index >= previousChangedEnd) return remember({ index: first.index + count - this.previousLength, span: first.span });
    // It was found in what changed: the unchanged paragraphs after the change were never searched.
    return remember(search(changedEnd, count));
  }
}
