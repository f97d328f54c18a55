import type { Source } from '../model/source';
import { displayCalendarDate } from './display-date';
import { attributes, escapeText } from './html-escape';
import { checkUrl } from './safe-url';
import { sourceAnchorId } from './source-anchor';
import { SOURCE_KIND_LABELS, STATE_MEDIA_LABEL } from './source-labels';

function sourceName(source: Source, siteHost: string | null, warn: (message: string) => void): string {
  const name = escapeText(source.name);
  if (source.url === '') return name;
  const checked = checkUrl(source.url, 'source', siteHost);
  if (!checked.ok) {
    warn(`the source "${source.name}" is listed without its link because ${checked.reason}`);
    return name;
  }
  return `<a${attributes([['href', checked.href], ['rel', checked.external ? 'noopener noreferrer' : undefined]])}>${name}</a>`;
}

function sourceDate(source: Source): string {
  if (source.datePublished !== '') {
    return ` Published <time datetime="${source.datePublished}">${displayCalendarDate(source.datePublished)}</time>.`;
  }
  if (source.dateAccessed !== '') {
    return ` Accessed <time datetime="${source.dateAccessed}">${displayCalendarDate(source.dateAccessed)}</time>.`;
  }
  return '';
}

function sourceEntry(source: Source, siteHost: string | null, warn: (message: string) => void, anchored: boolean): string {
  const labels = [`<span class="source-kind">${SOURCE_KIND_LABELS[source.kind]}</span>`];
  if (source.stateAffiliated) labels.push(`<span class="state-media-label">${STATE_MEDIA_LABEL}</span>`);
  // The entry ends with its own full stop.
  const description = source.role.trim().replace(/\.+$/, '');
  const role = description === '' ? '' : `: ${escapeText(description)}`;
  return (
    `<li${anchored ? ` id="${sourceAnchorId(source.id)}"` : ''}>${sourceName(source, siteHost, warn)} ` +
    `(${labels.join(', ')})${role}.${sourceDate(source)}</li>`
  );
}

/**
 * The Sources box: every source of the draft, in the draft's order (the
 * reference markers in the text count in the same order), each with an id the
 * attributions link to. Notes and the source's own text stay in the newsroom.
 */
export function renderSourcesBox(sources: readonly Source[], siteHost: string | null, warn: (message: string) => void): string {
  if (sources.length === 0) return '';
  return [
    '<aside class="sources" aria-labelledby="sources-heading">',
    '<h2 id="sources-heading">Sources</h2>',
    '<ol>',
    ...sources.map((source, index) => {
      // Ids must be unique in a page; a repeated source id is still listed, without one.
      const first = sources.findIndex((candidate) => candidate.id === source.id) === index;
      if (!first) warn(`the source id "${source.id}" is used by more than one source; links go to the first`);
      return sourceEntry(source, siteHost, warn, first);
    }),
    '</ol>',
    '</aside>',
  ].join('\n');
}
