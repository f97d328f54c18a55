import { z } from 'zod';

/**
 * Lexical's serialized editor state, validated structurally. Node-specific
 * fields pass through: each node type is validated where it is interpreted
 * (the editor's importJSON, the export transformers).
 */
export interface SerializedNodeShape {
  type: string;
  version: number;
  children?: SerializedNodeShape[];
  [key: string]: unknown;
}

export const MAX_DOCUMENT_DEPTH = 64;

export const SerializedNodeSchema: z.ZodType<SerializedNodeShape> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(100),
      version: z.number().int().nonnegative(),
      children: z.array(SerializedNodeSchema).optional(),
    })
    .catchall(z.unknown()),
);

function depthOf(node: SerializedNodeShape): number {
  let depth = 1;
  const stack: Array<[SerializedNodeShape, number]> = [[node, 1]];
  while (stack.length > 0) {
    const [current, level] = stack.pop()!;
    depth = Math.max(depth, level);
    if (level > MAX_DOCUMENT_DEPTH) return level;
    for (const child of current.children ?? []) stack.push([child, level + 1]);
  }
  return depth;
}

export const SerializedEditorStateSchema = z
  .object({
    root: SerializedNodeSchema.refine((root) => root.type === 'root', 'the document root must be of type "root"'),
  })
  .refine((state) => depthOf(state.root) <= MAX_DOCUMENT_DEPTH, `the document is nested deeper than ${MAX_DOCUMENT_DEPTH} levels`);

export type SerializedEditorStateShape = z.infer<typeof SerializedEditorStateSchema>;

/** The document of a new, empty draft: one empty paragraph. */
export function emptyEditorState(): SerializedEditorStateShape {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
      ],
    },
  };
}
