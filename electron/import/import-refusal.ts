/**
 * A file that cannot become a draft, with the reason in words an editor
 * understands. Readers throw it; importFiles turns it into a per-file result.
 */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
