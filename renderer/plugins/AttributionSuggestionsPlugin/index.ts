/**
 * Runs the attribution detector as the editor types (debounced, in the
 * session's check worker, and only on paragraphs whose text changed: results
 * are cached by paragraph text) and hands the Sources panel suggestions for
 * passages not linked yet.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { DetectedAttribution } from '../../../shared/attribution/types';
import type { SourcesStore } from '../../sources/sourcesStore';
import type { BlockDetections } from '../../sources/suggestions';
import { sessionCheckWorker } from '../../worker/sessionCheckWorker';
import { $linkedSpans, $textBlocks } from './textBlocks';

const DEBOUNCE_MS = 500;

export function AttributionSuggestionsPlugin({ store }: { store: SourcesStore }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const worker = sessionCheckWorker();
    let cache = new Map<string, readonly DetectedAttribution[]>();
    let timer: number | undefined;
    /** The number of the latest detection asked for: an older answer describes text that has changed since. */
    let latest = 0;
    let mounted = true;

    const run = async () => {
      const request = ++latest;
      const blocks = editor.getEditorState().read(() =>
        $textBlocks().map((block) => ({ blockKey: block.getKey(), text: block.getTextContent(), linked: $linkedSpans(block) })),
      );
      const unknown = [...new Set(blocks.map((block) => block.text).filter((text) => text.trim() && !cache.has(text)))];
      const found = unknown.length > 0 ? await worker.detect(unknown) : [];
      if (!mounted || request !== latest) return;
      const detectedByText = new Map(unknown.map((text, index) => [text, found[index] ?? []]));
      const next = new Map<string, readonly DetectedAttribution[]>();
      const detections: BlockDetections[] = blocks.map((block) => {
        const detected = cache.get(block.text) ?? detectedByText.get(block.text) ?? [];
        next.set(block.text, detected);
        return { ...block, detected };
      });
      // Only the current paragraphs stay cached, so the cache never outgrows the article.
      cache = next;
      store.setDetections(detections);
    };

    // The Check panel shows the worker's failures; suggestions just stay as they were.
    const start = () => void run().catch((error: unknown) => console.error('Attribution suggestions:', error));
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(start, DEBOUNCE_MS);
    };
    start();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      mounted = false;
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, store]);

  return null;
}
