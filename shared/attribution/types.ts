/** A half-open range [start, end) of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * direct: the content is a quotation in quotation marks.
 * indirect: reported speech without quotation marks ("she said she would...").
 * mixed: reported speech that quotes part of the words ("she said France would “never submit”").
 * according-to: "according to X", "X notes", "Source: X".
 * second-hand: the words reached us through another carrier ("was quoted as saying", "told reporters").
 */
export type AttributionType = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'second-hand';

export interface DetectedAttribution {
  cue: Span | null;
  source: Span | null;
  content: Span | null;
  type: AttributionType;
  /**
   * The name the source refers to: its own text for a name, or the antecedent's
   * name when the source is a pronoun or a later reference ("she", "the senator").
   */
  sourceName: string | null;
}
