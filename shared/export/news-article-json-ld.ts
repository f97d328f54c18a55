import type { Draft } from '../model/draft';
import type { Source } from '../model/source';
import type { ArticleDates } from './article-dates';
import { authorsOf } from './byline';
import { cleanText } from './html-escape';
import type { ExportPublisher } from './export-options';
import { checkUrl } from './safe-url';
import { creditedOutletName, creditedSource } from './syndication-credit';

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const checked = checkUrl(raw, 'source', null);
  return checked.ok ? checked.href : undefined;
}

/** Only defined, non-empty properties: schema.org consumers treat "" as a value. */
function compact(entries: Record<string, JsonValue | undefined>): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    result[key] = value;
  }
  return result;
}

function publisherOf(publisher: ExportPublisher, siteUrl: string | undefined): JsonObject | undefined {
  const name = cleanText(publisher.name.trim());
  if (name === '') return undefined;
  const logo = safeUrl(publisher.logoUrl);
  return compact({
    '@type': 'NewsMediaOrganization',
    name,
    url: safeUrl(siteUrl),
    logo: logo ? { '@type': 'ImageObject', url: logo } : undefined,
  });
}

/**
 * A source as a cited work. People and anonymous sources are not works and
 * have nothing to cite; everything with a usable URL is.
 */
function citationOf(source: Source): JsonObject | undefined {
  const url = safeUrl(source.url);
  if (!url || source.kind === 'person' || source.kind === 'anonymous') return undefined;
  return compact({
    '@type': 'CreativeWork',
    name: cleanText(source.name),
    url,
    datePublished: source.datePublished,
  });
}

/** The syndication credit: the outlet whose story this one rewrites. */
function basedOnOf(draft: Draft): JsonObject | undefined {
  const outlet = creditedOutletName(draft.meta.credit);
  if (outlet === '') return undefined;
  const source = creditedSource(draft.meta.credit, draft.sources);
  return compact({
    '@type': 'NewsArticle',
    url: safeUrl(source?.url),
    publisher: { '@type': 'NewsMediaOrganization', name: cleanText(outlet) },
  });
}

/** schema.org NewsArticle for search engines and aggregators. */
export function newsArticleJsonLd(
  draft: Draft,
  dates: ArticleDates,
  publisher: ExportPublisher,
  siteUrl: string | undefined,
  lang: string,
): JsonObject {
  const meta = draft.meta;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: cleanText(meta.headline.trim()),
    description: cleanText(meta.standfirst.trim()),
    inLanguage: lang,
    author: authorsOf(cleanText(meta.byline)).map((name) => ({ '@type': 'Person', name })),
    publisher: publisherOf(publisher, siteUrl),
    datePublished: dates.published,
    dateModified: dates.modified ?? dates.published,
    dateline: cleanText(meta.dateline.trim()),
    articleSection: cleanText(meta.section.trim()),
    keywords: meta.tags.map(cleanText),
    isBasedOn: basedOnOf(draft),
    citation: draft.sources.map(citationOf).filter((entry): entry is JsonObject => entry !== undefined),
  });
}
