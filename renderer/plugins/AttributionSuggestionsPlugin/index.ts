/**
 * Runs the attribution detector as the editor types (debounced, and only on
 * paragraphs whose text changed: results are cached by paragraph text) and
 * hands the Sources panel suggestions for passages not linked yet.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { detectAttributions } from '../../../shared/attribution';
import type { DetectedAttribution } from '../../../shared/attribution';
import type { SourcesStore } from '../../sources/sourcesStore';
import type { BlockDetections } from '../../sources/suggestions';
import { $linkedSpans, $textBlocks } from './textBlocks';

const DEBOUNCE_MS = 500;

export function AttributionSuggestionsPlugin({ store }: { store: SourcesStore }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let cache = new Map<string, readonly DetectedAttribution[]>();
    let timer: number | undefined;

    const run = () => {
      const blocks = editor.getEditorState().read(() =>
        $textBlocks().map((block) => ({ blockKey: block.getKey(), text: block.getTextContent(), linked: $linkedSpans(block) })),
      );
      const next = new Map<string, readonly DetectedAttribution[]>();
      const detections: BlockDetections[] = blocks.map((block) => {
        const detected = cache.get(block.text) ?? (block.text.trim() ? detectAttributions(block.text) : []);
        next.set(block.text, detected);
        return { ...block, detected };
      });
      // Only the current paragraphs stay cached, so the cache never outgrows the article.
      cache = next;
      store.setDetections(detections);
    };

    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, DEBOUNCE_MS);
    };
    run();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, store]);

  return null;
}
