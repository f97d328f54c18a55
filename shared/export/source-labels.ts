import type { SourceKind } from '../model/source';

/** What the Sources box calls each kind of source, in the reader's words. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'person',
  outlet: 'news outlet',
  'wire-agency': 'news agency',
  organisation: 'organisation',
  document: 'document',
  'social-post': 'social media post',
  anonymous: 'anonymous source',
};

/** The label X and Wikipedia use for outlets under editorial control of a state. */
export const STATE_MEDIA_LABEL = 'state-affiliated media';
