import type { Draft } from '../model/draft';
import { articleDatesOf } from './article-dates';
import { renderArticleHeader } from './article-header';
import { renderCreditLine } from './credit-line';
import type { ExportForm, ExportOptions } from './export-options';
import { newsArticleJsonLd } from './news-article-json-ld';
import { renderDocument } from './render-document';
import { checkUrl, siteHostOf } from './safe-url';
import { renderSourcesBox } from './sources-box';

/**
 * The export before assembly. The Node side sanitizes `articleHtml` with
 * DOMPurify and re-attaches the JSON-LD it never needs to parse as HTML, so
 * the pieces are kept apart until the very end.
 */
export interface ExportParts {
  form: ExportForm;
  lang: string;
  /** Plain text, escaped when assembled. */
  title: string;
  /** Plain text (the standfirst), escaped when assembled. */
  description: string;
  /** The <article> element. */
  articleHtml: string;
  /** The schema.org NewsArticle object, serialized safely when assembled. */
  jsonLd: Record<string, unknown>;
  warnings: string[];
}

/** BCP 47-shaped, so it can go into lang= and inLanguage without surprises. */
function languageOf(lang: string | undefined): string {
  return lang && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
}

export function renderExportParts(draft: Draft, options: ExportOptions): ExportParts {
  const siteHost = siteHostOf(options.siteUrl);
  const dates = articleDatesOf(draft, options.publishedAt);
  const lang = languageOf(options.lang);
  const body = renderDocument(draft.content.root, { sources: draft.sources, siteHost });
  const warnings = [...body.warnings];
  const warn = (message: string): void => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  if (draft.meta.headline.trim() === '') warn('the draft has no headline');
  if (options.publisher.name.trim() === '') warn('no publisher name is set (preferences: export.publisherName)');
  if (options.siteUrl && siteHost === null) warn('the site URL is not an http(s) URL, so it is left out and every link counts as external');
  if (options.publisher.logoUrl && !checkUrl(options.publisher.logoUrl, 'source', null).ok) {
    warn('the publisher logo URL is not an http(s) URL, so it is left out');
  }

  const articleLines = [
    '<article class="news-article">',
    renderArticleHeader(draft.meta, dates),
    '<div class="article-body">',
    body.html,
    '</div>',
    renderCreditLine(draft, siteHost),
    renderSourcesBox(draft.sources, siteHost, warn),
    '</article>',
  ].filter((line) => line !== '');

  return {
    form: options.form,
    lang,
    title: draft.meta.headline.trim(),
    description: draft.meta.standfirst.trim(),
    articleHtml: articleLines.join('\n'),
    jsonLd: newsArticleJsonLd(draft, dates, options.publisher, options.siteUrl, lang),
    warnings,
  };
}
