import { ExportError } from './export-error';
import type { NodeAt } from './render-context';

/*
 * The draft schema validates the document only structurally; each node's own
 * fields are checked where they are interpreted, here. A malformed field is
 * an ExportError with the node's path, never a guess.
 */

export function stringField(at: NodeAt, name: string): string {
  const value = at.node[name];
  if (typeof value !== 'string') {
    throw new ExportError(`the ${at.node.type} node's "${name}" must be a string`, at.path);
  }
  return value;
}

export function optionalStringField(at: NodeAt, name: string): string {
  const value = at.node[name];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new ExportError(`the ${at.node.type} node's "${name}" must be a string`, at.path);
  }
  return value;
}

export function integerField(at: NodeAt, name: string, fallback: number): number {
  const value = at.node[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ExportError(`the ${at.node.type} node's "${name}" must be an integer`, at.path);
  }
  return value;
}
