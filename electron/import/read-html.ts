import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ImportHints } from '../../shared/import/cleanup-state';
import { tidySpaces } from '../../shared/import/text-compare';
import { htmlMarkupHints, htmlMetadataHints, pageAddress } from './html-metadata';
import { htmlToBlocks } from './html-to-blocks';
import { ImportRefusal } from './import-refusal';
import type { ReaderOutput } from './reader-output';
import { sanitizeHtml } from './sanitize-html';

/** Readability gives up on pages with more elements than this instead of scoring them all. */
const MAX_ELEMENTS = 200_000;
/** Shorter articles than Readability's default 500 characters are common for news briefs. */
const MIN_ARTICLE_CHARACTERS = 250;

type Article = NonNullable<ReturnType<Readability['parse']>>;

function parsePage(html: string): JSDOM {
  // jsdom runs no scripts and loads no resources unless told to; neither is asked for here.
  // A silent console: a page's broken CSS is no news to the editor.
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

/** Readability makes relative links absolute against the document's base; a saved page's base is its own address. */
function setBaseAddress(document: Document, address: string | undefined): void {
  if (!address || document.querySelector('base[href]')) return;
  const base = document.createElement('base');
  base.setAttribute('href', address);
  document.head?.prepend(base);
}

function findArticle(dom: JSDOM, fileName: string): Article | null {
  try {
    return new Readability(dom.window.document, { maxElemsToParse: MAX_ELEMENTS, charThreshold: MIN_ARTICLE_CHARACTERS }).parse();
  } catch (error) {
    if (error instanceof Error && /too many elements/i.test(error.message)) {
      throw new ImportRefusal(`${fileName} is too large a page to find the article in (more than ${MAX_ELEMENTS.toLocaleString('en')} elements).`);
    }
    throw error;
  }
}

function articleHints(article: Article | null, fromHead: ImportHints): ImportHints {
  const hints: ImportHints = { ...fromHead };
  const pick = (value: string | null | undefined) => (value && value.trim() ? tidySpaces(value) : undefined);
  const title = pick(article?.title);
  const byline = pick(article?.byline);
  const publishedTime = pick(article?.publishedTime);
  const siteName = pick(article?.siteName);
  // Readability's title is the cleaned-up headline; the page's og:title may carry the site name.
  if (title) hints.title = title;
  if (byline) hints.byline = byline;
  if (publishedTime) hints.publishedTime = publishedTime;
  if (siteName && !hints.siteName) hints.siteName = siteName;
  return hints;
}

/**
 * A web page: Readability (Firefox Reader View) finds the article, DOMPurify
 * sanitizes it, and the result becomes blocks. When Readability finds no
 * article (a short page, unusual markup), the whole body is used without the
 * page's header, footer, navigation and forms, and the clean-up rules do the rest.
 */
export function readHtml(html: string, fileName: string): ReaderOutput {
  const dom = parsePage(html);
  try {
    const document = dom.window.document;
    // Markup first: a byline printed on the page beats the <meta name=author> SEO plugins fill in.
    const fromHead = { ...htmlMetadataHints(document), ...htmlMarkupHints(document) };
    setBaseAddress(document, pageAddress(document));
    const article = findArticle(dom, fileName);
    const warnings: string[] = [];
    let fragment: DocumentFragment;
    if (article?.content && (article.textContent ?? '').trim() !== '') {
      fragment = sanitizeHtml(article.content, { dropPageChrome: false });
    } else {
      warnings.push('No article was recognised on the page; the whole page text was imported without its header, footer and navigation.');
      const fallback = parsePage(html);
      fragment = sanitizeHtml(fallback.window.document.body?.innerHTML ?? '', { dropPageChrome: true });
      fallback.window.close();
    }
    return { blocks: htmlToBlocks(fragment), hints: articleHints(article, fromHead), warnings };
  } finally {
    dom.window.close();
  }
}
