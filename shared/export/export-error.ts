/**
 * Export refuses rather than guesses: content it cannot render faithfully
 * (an unknown node type, a malformed field) stops the export with the node's
 * path, so nothing an editor wrote is silently dropped from the published page.
 */
export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(
    message: string,
    /** Where in the serialized document, e.g. "root.children[3].children[0]"; empty for draft-level problems. */
    readonly path: string,
  ) {
    super(path ? `${message} at ${path}` : message);
  }
}
