/**
 * The element id of a source's entry in the Sources box. Source ids are
 * already restricted to [a-z0-9-]; the prefix keeps them from colliding with
 * ids the CMS page may use ("main", "content").
 */
export function sourceAnchorId(sourceId: string): string {
  return `source-${sourceId}`;
}
