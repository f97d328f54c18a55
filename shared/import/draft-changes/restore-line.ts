import type { SerializedEditorStateShape, SerializedNodeShape } from '../../model/lexical-json';
import { serializedLineBreak, serializedParagraph, serializedText } from '../lexical/serialized-nodes';

/** What locates a removed line in the imported body (the fields of RemovedLine that matter here). */
export interface LinePlace {
  restoreAt: number;
  origin: number;
}

function comesBefore(a: LinePlace, b: LinePlace): boolean {
  return a.restoreAt < b.restoreAt || (a.restoreAt === b.restoreAt && a.origin < b.origin);
}

/**
 * Where a removed line goes back among the body's top-level blocks, given the
 * lines already put back: each one restored ahead of it pushes it one block
 * down, and lines removed from the same spot keep the order they had in the file.
 */
export function restorePosition(line: LinePlace, alreadyRestored: readonly LinePlace[]): number {
  return line.restoreAt + alreadyRestored.filter((restored) => comesBefore(restored, line)).length;
}

function paragraphOf(text: string): SerializedNodeShape {
  const children = text.split('\n').flatMap((part, index): SerializedNodeShape[] => [
    ...(index > 0 ? [serializedLineBreak()] : []),
    ...(part === '' ? [] : [serializedText(part, 0)]),
  ]);
  return serializedParagraph(children);
}

/** The document with the line back as a plain paragraph at that top-level position (the end, if the body has since become shorter). */
export function withRestoredLine(content: SerializedEditorStateShape, text: string, at: number): SerializedEditorStateShape {
  const children = [...(content.root.children ?? [])];
  children.splice(Math.min(at, children.length), 0, paragraphOf(text));
  return { ...content, root: { ...content.root, children } };
}
