import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ImportHints } from '../../shared/import/cleanup-state';
import { tidySpaces } from '../../shared/import/text-compare';
import { htmlMarkupHints, htmlMetadataHints, pageAddress } from './html-metadata';
import { htmlToBlocks } from './html-to-blocks';
import { ImportRefusal } from './import-refusal';
import { elementCount, prunePage } from './prune-page';
import type { ReaderOutput } from './reader-output';
import { sanitizeHtml } from './sanitize-html';

/**
 * Past this many elements (after pruning) Readability is not run: its cost
 * grows faster than the page (about 20 s for 5,000 elements of paragraphs on
 * jsdom here), while a real article page, once pruned, is well under 2,000.
 * A bigger page is read whole, without its chrome, and the clean-up rules do the rest.
 */
const MAX_READABILITY_ELEMENTS = 3_000;
/** Past this many, the page is refused: sanitizing and converting it would hold the app for minutes. */
const MAX_PAGE_ELEMENTS = 30_000;
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

function findArticle(dom: JSDOM): Article | null {
  return new Readability(dom.window.document, { maxElemsToParse: MAX_READABILITY_ELEMENTS, charThreshold: MIN_ARTICLE_CHARACTERS }).parse();
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
 * The body's contents moved into a <div>, for DOMPurify: it sanitizes a copy
 * of an element it is given, which saves serializing and re-parsing a large
 * page, but refuses a <body> element from another document.
 */
function bodyContents(document: Document): Element {
  const container = document.createElement('div');
  if (document.body) container.append(...Array.from(document.body.childNodes));
  return container;
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
    prunePage(document);
    const elements = elementCount(document);
    if (elements > MAX_PAGE_ELEMENTS) {
      throw new ImportRefusal(
        `${fileName} has ${elements.toLocaleString('en')} elements besides its navigation and scripts; that is more than any article page (${MAX_PAGE_ELEMENTS.toLocaleString('en')}). Save only the article, or copy its text.`,
      );
    }
    const warnings: string[] = [];
    const tooLarge = elements > MAX_READABILITY_ELEMENTS;
    const article = tooLarge ? null : findArticle(dom);
    let fragment: DocumentFragment;
    if (article?.content && (article.textContent ?? '').trim() !== '') {
      fragment = sanitizeHtml(article.content, { dropPageChrome: false });
    } else if (tooLarge) {
      warnings.push('The page is too large to find the article in automatically; its whole text was imported without navigation and sidebars. Check the result.');
      fragment = sanitizeHtml(bodyContents(document), { dropPageChrome: true });
    } else {
      // Readability changed the document while it looked; read the page again for the fallback.
      warnings.push('No article was recognised on the page; the whole page text was imported without its header, footer and navigation.');
      const fallback = parsePage(html);
      prunePage(fallback.window.document);
      fragment = sanitizeHtml(bodyContents(fallback.window.document), { dropPageChrome: true });
      fallback.window.close();
    }
    return { blocks: htmlToBlocks(fragment), hints: articleHints(article, fromHead), warnings };
  } finally {
    dom.window.close();
  }
}
