/**
 * The inline element marking an attributed passage: a quote, claim or
 * paraphrase tied to one or more sources by id. The source records live in
 * draft.sources; the document only carries the ids (as Lexical's MarkNode
 * carries comment-thread ids).
 */
import type {
  DOMConversionMap,
  DOMConversionOutput,
  DOMExportOutput,
  EditorConfig,
  LexicalNode,
  LexicalUpdateJSON,
  NodeKey,
  SerializedElementNode,
  Spread,
} from 'lexical';
import { $applyNodeReplacement, ElementNode } from 'lexical';
import {
  ATTRIBUTION_NODE_TYPE,
  SerializedAttributionFieldsSchema,
} from '../../shared/model/attribution-node';
import type { AttributionKind } from '../../shared/model/attribution-node';

export type SerializedAttributionNode = Spread<
  { type: typeof ATTRIBUTION_NODE_TYPE; version: 1; sourceIds: string[]; kind: AttributionKind },
  SerializedElementNode
>;

const SOURCE_IDS_ATTRIBUTE = 'data-attribution-source-ids';
const KIND_ATTRIBUTE = 'data-attribution-kind';

/** Validates the node's own fields; a draft carrying malformed ones is refused rather than silently altered. */
function parseFields(json: { sourceIds?: unknown; kind?: unknown }): { sourceIds: string[]; kind: AttributionKind } {
  const parsed = SerializedAttributionFieldsSchema.pick({ sourceIds: true, kind: true }).safeParse(json);
  if (!parsed.success) {
    throw new Error(`An attribution in this draft is malformed: ${parsed.error.issues[0]?.message ?? 'invalid fields'}`);
  }
  return parsed.data;
}

export class AttributionNode extends ElementNode {
  /** @internal */
  __sourceIds: readonly string[];
  /** @internal */
  __kind: AttributionKind;

  static override getType(): string {
    return ATTRIBUTION_NODE_TYPE;
  }

  static override clone(node: AttributionNode): AttributionNode {
    return new AttributionNode(node.__sourceIds, node.__kind, node.__key);
  }

  constructor(sourceIds: readonly string[] = [], kind: AttributionKind = 'claim', key?: NodeKey) {
    super(key);
    this.__sourceIds = [...sourceIds];
    this.__kind = kind;
  }

  static override importJSON(serializedNode: SerializedAttributionNode): AttributionNode {
    const { sourceIds, kind } = parseFields(serializedNode);
    return $createAttributionNode(sourceIds, kind).updateFromJSON(serializedNode);
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedAttributionNode>): this {
    const { sourceIds, kind } = parseFields(serializedNode);
    return super.updateFromJSON(serializedNode).setSourceIds(sourceIds).setKind(kind);
  }

  override exportJSON(): SerializedAttributionNode {
    return {
      ...super.exportJSON(),
      type: ATTRIBUTION_NODE_TYPE,
      version: 1,
      sourceIds: [...this.getSourceIds()],
      kind: this.getKind(),
    };
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      span: (element: HTMLElement) => {
        if (!element.hasAttribute(SOURCE_IDS_ATTRIBUTE)) return null;
        return { conversion: $convertAttributionElement, priority: 1 };
      },
    };
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.setAttribute(SOURCE_IDS_ATTRIBUTE, this.getSourceIds().join(' '));
    element.setAttribute(KIND_ATTRIBUTE, this.getKind());
    return { element };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    const className = config.theme.attribution;
    if (typeof className === 'string') element.className = className;
    element.dataset.kind = this.__kind;
    return element;
  }

  override updateDOM(prevNode: AttributionNode, element: HTMLElement): boolean {
    if (prevNode.__kind !== this.__kind) element.dataset.kind = this.__kind;
    return false;
  }

  getSourceIds(): readonly string[] {
    return this.getLatest().__sourceIds;
  }

  setSourceIds(sourceIds: readonly string[]): this {
    const writable = this.getWritable();
    writable.__sourceIds = [...sourceIds];
    return writable;
  }

  getKind(): AttributionKind {
    return this.getLatest().__kind;
  }

  setKind(kind: AttributionKind): this {
    const writable = this.getWritable();
    writable.__kind = kind;
    return writable;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override extractWithChild(): boolean {
    return true;
  }
}

function $convertAttributionElement(element: HTMLElement): DOMConversionOutput {
  const sourceIds = (element.getAttribute(SOURCE_IDS_ATTRIBUTE) ?? '').split(/\s+/).filter(Boolean);
  const kind = element.getAttribute(KIND_ATTRIBUTE);
  const parsed = SerializedAttributionFieldsSchema.pick({ sourceIds: true, kind: true }).safeParse({ sourceIds, kind });
  return { node: parsed.success ? $createAttributionNode(parsed.data.sourceIds, parsed.data.kind) : null };
}

export function $createAttributionNode(sourceIds: readonly string[], kind: AttributionKind): AttributionNode {
  return $applyNodeReplacement(new AttributionNode(sourceIds, kind));
}

export function $isAttributionNode(node: LexicalNode | null | undefined): node is AttributionNode {
  return node instanceof AttributionNode;
}
