import type { DraftMeta } from '../model/draft';
import type { ArticleDates } from './article-dates';
import { bylineText } from './byline';
import { displayTimestamp } from './display-date';
import { attributes, escapeText } from './html-escape';

function timeElement(iso: string): string {
  return `<time${attributes([['datetime', iso]])}>${displayTimestamp(iso)}</time>`;
}

/** Headline (the page's only h1), standfirst, byline, dateline and dates. */
export function renderArticleHeader(meta: DraftMeta, dates: ArticleDates): string {
  const lines = ['<header>'];
  const headline = meta.headline.trim();
  if (headline !== '') lines.push(`<h1>${escapeText(headline)}</h1>`);
  const standfirst = meta.standfirst.trim();
  if (standfirst !== '') lines.push(`<p class="standfirst">${escapeText(standfirst)}</p>`);
  const byline = bylineText(meta.byline);
  if (byline !== '') lines.push(`<p class="byline">${escapeText(byline)}</p>`);
  const dateline = meta.dateline.trim();
  const placed = dateline === '' ? '' : `<span class="dateline">${escapeText(dateline)}</span> `;
  const updated = dates.modified ? ` · Updated ${timeElement(dates.modified)}` : '';
  lines.push(`<p class="article-meta">${placed}${timeElement(dates.published)}${updated}</p>`);
  lines.push('</header>');
  return lines.join('\n');
}
