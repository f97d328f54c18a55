/**
 * One-click fixes. Text fixes are ordinary Lexical edits, so Undo takes them
 * back like typing; source fixes go through the Sources store, which saves
 * them with the draft (and keeps its own undo for removals).
 */
import { $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import type { LexicalEditor } from 'lexical';
import type { Fix } from '../../shared/check/finding';
import type { DocumentText } from '../../shared/document/document-text';
import type { Source } from '../../shared/model/source';
import { ATTRIBUTE_SELECTION_COMMAND } from '../plugins/AttributionPlugin/commands';
import { emptySource } from '../sources/sourceDefaults';
import type { SourcesStore } from '../sources/sourcesStore';
import { $selectionForRange } from './articleRanges';

export type FixContext = {
  editor: LexicalEditor;
  document: DocumentText;
  sources: SourcesStore;
  setCredit: (credit: string) => void;
};

/** What the editor typed into the fix's field, for fixes that need one value (a URL, a role). */
export type FixInput = string;

/** Fixes that cannot complete without a value from the editor. */
export function fixNeedsInput(fix: Fix): 'url' | 'role' | 'datePublished' | 'dateAccessed' | 'anonymityReason' | null {
  if (fix.kind === 'edit-source' && fix.field !== 'stateAffiliated') return fix.field;
  // An outlet without its report's URL would only turn one finding into the next.
  if (fix.kind === 'add-source' && fix.source.url === '' && (fix.source.kind === 'outlet' || fix.source.kind === 'wire-agency')) return 'url';
  return null;
}

function editText(context: FixContext, start: number, end: number, text: string): boolean {
  let applied = false;
  context.editor.update(() => {
    const selection = $selectionForRange(context.document, { start, end });
    if (!selection) return;
    $setSelection(selection);
    const current = $getSelection();
    if ($isRangeSelection(current)) {
      current.insertText(text);
      applied = true;
    }
  });
  return applied;
}

function linkPassage(context: FixContext, sourceId: string, start: number, end: number): boolean {
  let selected = false;
  context.editor.update(
    () => {
      const selection = $selectionForRange(context.document, { start, end });
      if (!selection) return;
      $setSelection(selection);
      selected = true;
    },
    { discrete: true },
  );
  // The attribution plugin owns wrapping a selection; the fix reuses its command.
  return selected && context.editor.dispatchCommand(ATTRIBUTE_SELECTION_COMMAND, { sourceIds: [sourceId], kind: 'claim' });
}

/** Applies the fix; returns false when the document moved on and it no longer applies. */
export function applyFix(fix: Fix, context: FixContext, input: FixInput = ''): boolean {
  switch (fix.kind) {
    case 'replace-text':
      return editText(context, fix.range.start, fix.range.end, fix.replacement);
    case 'insert-text':
      return editText(context, fix.at, fix.at, fix.text);
    case 'link-passage':
      return linkPassage(context, fix.sourceId, fix.range.start, fix.range.end);
    case 'add-source': {
      const source: Source = { ...emptySource(), ...fix.source, url: fix.source.url || input.trim() };
      context.sources.add(source);
      return true;
    }
    case 'edit-source': {
      const source = context.sources.sourceById(fix.sourceId);
      if (!source) return false;
      const value = fix.field === 'stateAffiliated' ? { stateAffiliated: true } : { [fix.field]: input.trim() };
      context.sources.update({ ...source, ...value });
      return true;
    }
    case 'set-credit':
      context.setCredit(fix.credit);
      return true;
  }
}
