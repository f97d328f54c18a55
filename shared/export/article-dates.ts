import type { Draft } from '../model/draft';
import { ExportError } from './export-error';
import { instantOf } from './display-date';

/** A timestamp both <time datetime> and schema.org accept: date, time, and Z or an offset. */
const GLOBAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface ArticleDates {
  published: string;
  /** Null when the article has not changed since publication. */
  modified: string | null;
}

/**
 * Publication defaults to the draft's last change, so exports are
 * reproducible; a later modification is shown only when there is one.
 */
export function articleDatesOf(draft: Draft, publishedAt: string | undefined): ArticleDates {
  const published = publishedAt ?? draft.updatedAt;
  const publishedInstant = instantOf(published);
  if (publishedInstant === null || !GLOBAL_DATE_TIME.test(published)) {
    throw new ExportError(`the publication time "${published}" is not an ISO 8601 timestamp`, '');
  }
  const updatedInstant = instantOf(draft.updatedAt);
  const modified = updatedInstant !== null && updatedInstant > publishedInstant ? draft.updatedAt : null;
  return { published, modified };
}
