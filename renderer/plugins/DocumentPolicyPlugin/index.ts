import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import { $isAutoLinkNode, LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import type { HeadingNode as HeadingNodeType } from '@lexical/rich-text';
import type { LinkNode as LinkNodeType } from '@lexical/link';
import { isAllowedUrl } from '../../editor/urls';

/** The headline is the article's only h1 and lives in the metadata; the body uses h2 and h3. */
function $normalizeHeading(node: HeadingNodeType): void {
  const tag = node.getTag();
  if (tag === 'h1') node.setTag('h2');
  else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
}

/** A link to anything but a web or mail address is removed, keeping its text, whatever way it came in. */
function $enforceLinkPolicy(node: LinkNodeType): void {
  if ($isAutoLinkNode(node) || isAllowedUrl(node.getURL())) return;
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/** Node transforms that keep every document within the house rules, whatever edited it. */
export function DocumentPolicyPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(HeadingNode, $normalizeHeading),
        editor.registerNodeTransform(LinkNode, $enforceLinkPolicy),
      ),
    [editor],
  );
  return null;
}
