/** Page parts that are never the article, in any CMS. */
const NEVER_ARTICLE = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'form', 'nav', 'aside', 'dialog',
  '[role="navigation"]', '[role="complementary"]', '[role="banner"]', '[role="contentinfo"]', '[role="search"]',
  '[aria-hidden="true"]', '[hidden]',
].join(', ');

/**
 * Removes the page's navigation, sidebars, forms, scripts and its own header
 * and footer before Readability looks for the article. Readability would
 * discard them too, but it scores every element it sees, and its cost grows
 * faster than the page: a lighter DOM keeps large pages fast. An <article>'s
 * own header and footer stay, since they can hold the byline and the credit.
 */
export function prunePage(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(NEVER_ARTICLE))) element.remove();
  for (const element of Array.from(document.querySelectorAll('header, footer'))) {
    if (!element.parentElement?.closest('article')) element.remove();
  }
}

export function elementCount(document: Document): number {
  return document.getElementsByTagName('*').length;
}
