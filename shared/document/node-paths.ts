import type { NodePath } from './document-text';

/**
 * Node paths, each made once and shared. An article keeps its shape from one
 * check to the next, so the thousands of paths a check hands out are the
 * same arrays every time instead of new garbage on every keystroke. They are
 * frozen, as they are shared; the paths kept are those of the largest
 * document shape seen.
 */
export const ROOT_PATH: NodePath = Object.freeze([]);

const childrenOf = new WeakMap<NodePath, NodePath[]>();

export function childPath(path: NodePath, index: number): NodePath {
  let children = childrenOf.get(path);
  if (!children) {
    children = [];
    childrenOf.set(path, children);
  }
  let child = children[index];
  if (!child) {
    const made = new Array<number>(path.length + 1);
    for (let at = 0; at < path.length; at += 1) made[at] = path[at]!;
    made[path.length] = index;
    child = Object.freeze(made);
    children[index] = child;
  }
  return child;
}
