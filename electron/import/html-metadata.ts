import type { ImportHints } from '../../shared/import/cleanup-state';
import { tidySpaces } from '../../shared/import/text-compare';

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return tidySpaces(value);
  }
  return undefined;
}

/**
 * Article metadata news CMSs put in <head> (Open Graph, article:*, Dublin
 * Core, Parse.ly). Read before Readability runs, which changes the document.
 */
export function htmlMetadataHints(document: Document): ImportHints {
  const hints: ImportHints = {};
  const title = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="parsely-title"]']);
  const publishedTime = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="dc.date"]',
    'meta[name="date"]',
  ]);
  const byline = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]']);
  const excerpt = metaContent(document, ['meta[property="og:description"]', 'meta[name="description"]']);
  const siteName = metaContent(document, ['meta[property="og:site_name"]']);
  if (title) hints.title = title;
  if (publishedTime) hints.publishedTime = publishedTime;
  // article:author is often a profile URL, which is no byline.
  if (byline && !/^https?:/i.test(byline)) hints.byline = byline;
  if (excerpt) hints.excerpt = excerpt;
  if (siteName) hints.siteName = siteName;
  return hints;
}

const BYLINE_SELECTORS = ['[itemprop~="author"]', '[rel="author"]', '[class*="byline"]', '[class*="author-name"]', '[class*="field-author"]'];
const STANDFIRST_SELECTORS = ['[class*="standfirst"]', '[class*="subtitle"]', '[class*="subheadline"]', '[class*="dek"]', '[itemprop="alternativeHeadline"]'];

function firstText(document: Document, selectors: readonly string[], minLength: number, maxLength: number): string | undefined {
  for (const selector of selectors) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const text = tidySpaces(element.textContent ?? '');
      if (text.length >= minLength && text.length <= maxLength) return text;
    }
  }
  return undefined;
}

/**
 * Byline and standfirst as CMS themes mark them up. Readability drops an
 * article's <header> as page chrome, and with it these two, so they are read
 * from the page before Readability runs.
 */
export function htmlMarkupHints(document: Document): Pick<ImportHints, 'byline' | 'standfirst'> {
  const hints: Pick<ImportHints, 'byline' | 'standfirst'> = {};
  const byline = firstText(document, BYLINE_SELECTORS, 3, 150);
  const standfirst = firstText(document, STANDFIRST_SELECTORS, 30, 600);
  if (byline) hints.byline = byline;
  if (standfirst) hints.standfirst = standfirst;
  return hints;
}

/** The page's own address (canonical link or og:url), so relative links in the article can be made absolute. */
export function pageAddress(document: Document): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['meta[property="og:url"]']);
  if (!href || !URL.canParse(href)) return undefined;
  const url = new URL(href);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
