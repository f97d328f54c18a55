/**
 * The open draft's sources and the passages attributed to them, shared by
 * the editor plugin (inside the Lexical composer) and the Sources panel
 * (beside it). Sources live in draft.sources, outside Lexical's undo history,
 * so removed sources are kept as tombstones: when undo brings back a passage
 * that names one, the source comes back with it and nothing points at a
 * missing source.
 */
import type { LexicalEditor, NodeKey } from 'lexical';
import type { AttributionKind } from '../../shared/model/attribution-node';
import type { Source } from '../../shared/model/source';
import { $getNodeByKey, $isElementNode } from 'lexical';
import { $attributeSelection, $replaceSourceInAttributions } from '../plugins/AttributionPlugin/attributionEdits';
import { $selectionForSpan } from '../plugins/AttributionSuggestionsPlugin/textBlocks';
import { DEFAULT_STATE_AFFILIATED_OUTLETS } from '../../shared/model/preferences';
import { buildSuggestions } from './suggestions';
import type { BlockDetections, Suggestion } from './suggestions';
import { emptySource, newSourceId } from './sourceDefaults';

/**
 * Dismissed suggestions are kept per draft in localStorage: the draft schema
 * has no field for them, and a dismissal is an editor's view, not article data.
 */
function dismissalKey(draftId: string): string {
  return `copydesk.dismissedSuggestions.${draftId}`;
}

function readDismissed(draftId: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(dismissalKey(draftId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

export type Passage = { key: NodeKey; sourceIds: readonly string[]; kind: AttributionKind; text: string };

export type SourcesState = {
  sources: readonly Source[];
  /** Attributed passages in document order. */
  passages: readonly Passage[];
  suggestions: readonly Suggestion[];
};

export class SourcesStore {
  private state: SourcesState;
  private readonly tombstones = new Map<string, Source>();
  private readonly listeners = new Set<() => void>();
  private editorRef: LexicalEditor | null = null;
  private detections: readonly BlockDetections[] = [];
  private stateAffiliatedOutlets: readonly string[] = DEFAULT_STATE_AFFILIATED_OUTLETS;
  private readonly dismissed: Set<string>;

  /** Tells the draft session that draft.sources changed, so autosave picks it up. */
  private onSourcesChanged: () => void = () => undefined;

  constructor(
    private readonly draftId: string,
    sources: readonly Source[],
  ) {
    this.state = { sources, passages: [], suggestions: [] };
    this.dismissed = readDismissed(draftId);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SourcesState => this.state;

  setSourcesChangedListener(listener: () => void): void {
    this.onSourcesChanged = listener;
  }

  get editor(): LexicalEditor | null {
    return this.editorRef;
  }

  attachEditor(editor: LexicalEditor | null): void {
    this.editorRef = editor;
  }

  /** Bound, so the draft session can read the list at save time. */
  readonly sources = (): readonly Source[] => this.state.sources;

  knownIds(): Set<string> {
    return new Set(this.state.sources.map((source) => source.id));
  }

  sourceById(id: string): Source | undefined {
    return this.state.sources.find((source) => source.id === id);
  }

  passagesOf(sourceId: string): Passage[] {
    return this.state.passages.filter((passage) => passage.sourceIds.includes(sourceId));
  }

  add(source: Source): void {
    this.tombstones.delete(source.id);
    this.setSources([...this.state.sources, source]);
  }

  update(source: Source): void {
    this.setSources(this.state.sources.map((existing) => (existing.id === source.id ? source : existing)));
  }

  /**
   * Removes a source after its passages are detached or given to `replacementId`,
   * in one editor update so one undo brings them back (and, via the tombstone, the source).
   */
  remove(sourceId: string, replacementId: string | null): void {
    const source = this.sourceById(sourceId);
    if (!source) return;
    this.editorRef?.update(() => void $replaceSourceInAttributions(sourceId, replacementId), { tag: 'source-removed', discrete: true });
    this.tombstones.set(sourceId, source);
    this.setSources(this.state.sources.filter((existing) => existing.id !== sourceId));
  }

  /** Called by the editor plugin whenever the attributions in the document change. */
  setPassages(passages: readonly Passage[]): void {
    const missing = new Set(passages.flatMap((passage) => passage.sourceIds).filter((id) => !this.sourceById(id)));
    const restored = [...missing].map((id) => this.tombstones.get(id)).filter((source): source is Source => source !== undefined);
    for (const source of restored) this.tombstones.delete(source.id);
    this.state = { ...this.state, sources: restored.length > 0 ? [...this.state.sources, ...restored] : this.state.sources, passages };
    if (restored.length > 0) this.onSourcesChanged();
    this.refreshSuggestions();
  }

  setStateAffiliatedOutlets(outlets: readonly string[]): void {
    this.stateAffiliatedOutlets = outlets;
    this.refreshSuggestions();
  }

  /** Called by the suggestions plugin with the detector's findings per block. */
  setDetections(detections: readonly BlockDetections[]): void {
    this.detections = detections;
    this.refreshSuggestions();
  }

  /** One click: adds the source if it is new, then links the passage, in one undo step for the text. */
  applySuggestion(suggestion: Suggestion): boolean {
    const editor = this.editorRef;
    if (!editor) return false;
    let sourceId: string;
    if ('existingId' in suggestion.target) {
      sourceId = suggestion.target.existingId;
    } else {
      sourceId = newSourceId();
      // Added before the edit so the passage never names an unknown source, even for a moment.
      this.add({ ...emptySource(), ...suggestion.target.newSource, id: sourceId });
    }
    let applied = false;
    editor.update(
      () => {
        const block = $getNodeByKey(suggestion.blockKey);
        const selection = $isElementNode(block) ? $selectionForSpan(block, suggestion.range) : null;
        applied = selection !== null && $attributeSelection(selection, { sourceIds: [sourceId], kind: suggestion.kind }).length > 0;
      },
      { discrete: true },
    );
    return applied;
  }

  dismissSuggestion(suggestion: Suggestion): void {
    this.dismissed.add(suggestion.id);
    try {
      localStorage.setItem(dismissalKey(this.draftId), JSON.stringify([...this.dismissed]));
    } catch {
      // Storage full or disabled: the dismissal still holds for this session.
    }
    this.refreshSuggestions();
  }

  private refreshSuggestions(): void {
    const suggestions = buildSuggestions(this.detections, this.state.sources, this.stateAffiliatedOutlets, this.dismissed);
    this.state = { ...this.state, suggestions };
    this.emit();
  }

  private setSources(sources: readonly Source[]): void {
    this.state = { ...this.state, sources };
    this.onSourcesChanged();
    this.refreshSuggestions();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
