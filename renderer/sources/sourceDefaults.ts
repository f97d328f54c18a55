import type { Source } from '../../shared/model/source';

/** Source ids become part of the document (attribution sourceIds), so they must fit IdSchema: a UUID does. */
export function newSourceId(): string {
  return crypto.randomUUID();
}

export function emptySource(): Source {
  return {
    id: newSourceId(),
    name: '',
    kind: 'person',
    role: '',
    url: '',
    datePublished: '',
    dateAccessed: '',
    stateAffiliated: false,
    anonymityReason: '',
    notes: '',
    ownText: '',
  };
}
