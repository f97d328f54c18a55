import type { Span } from '../attribution/types';
import type { ArticleText } from './article-text';

/**
 * Article text taken out of a marked-up file (HTML, Markdown), with the
 * offset in the file of every character, so a report can point at the line
 * and column the writer sees in their editor.
 */
export interface MappedArticleText extends ArticleText {
  sourceOffsets: number[];
}

/**
 * Collects text from a markup scanner: collapses runs of whitespace into one
 * space, as a browser does, and starts a new paragraph on request.
 */
export class MappedTextBuilder {
  private text = '';
  private readonly sourceOffsets: number[] = [];
  private readonly paragraphs: Span[] = [];
  private paragraphStart = 0;
  private pendingSpace: number | null = null;

  append(value: string, sourceOffset: number, advanceSource = true): void {
    for (let index = 0; index < value.length; index += 1) {
      const char = value[index]!;
      const at = advanceSource ? sourceOffset + index : sourceOffset;
      if (/\s/.test(char)) {
        if (this.text.length > this.paragraphStart) this.pendingSpace ??= at;
        continue;
      }
      if (this.pendingSpace !== null) {
        this.push(' ', this.pendingSpace);
        this.pendingSpace = null;
      }
      this.push(char, at);
    }
  }

  endParagraph(): void {
    this.pendingSpace = null;
    if (this.text.length === this.paragraphStart) return;
    this.paragraphs.push({ start: this.paragraphStart, end: this.text.length });
    this.text += '\n\n';
    const last = this.sourceOffsets[this.sourceOffsets.length - 1] ?? 0;
    this.sourceOffsets.push(last + 1, last + 1);
    this.paragraphStart = this.text.length;
  }

  result(): MappedArticleText {
    this.endParagraph();
    // The trailing separator belongs to no paragraph.
    const end = this.paragraphs[this.paragraphs.length - 1]?.end ?? 0;
    return { text: this.text.slice(0, end), paragraphs: this.paragraphs, sourceOffsets: this.sourceOffsets.slice(0, end) };
  }

  private push(char: string, sourceOffset: number): void {
    this.text += char;
    this.sourceOffsets.push(sourceOffset);
  }
}

/** Offset in the source file of a text offset (the end of the text maps past its last character). */
export function sourceOffsetOf(mapped: MappedArticleText, textOffset: number): number {
  const direct = mapped.sourceOffsets[textOffset];
  if (direct !== undefined) return direct;
  const last = mapped.sourceOffsets[mapped.sourceOffsets.length - 1];
  return last === undefined ? 0 : last + 1;
}
