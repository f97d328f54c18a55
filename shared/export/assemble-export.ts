import type { ExportParts } from './export-parts';
import { attributes, escapeText } from './html-escape';
import { jsonLdScriptElement } from './json-ld-script';
import { PAGE_STYLESHEET } from './page-stylesheet';
import { pageTitleOf } from './page-title';

/** The final bytes: the fragment (article + JSON-LD) or a whole page around them. */
export function assembleExport(parts: ExportParts): string {
  const jsonLd = jsonLdScriptElement(parts.jsonLd);
  if (parts.form === 'fragment') return `${parts.articleHtml}\n${jsonLd}\n`;
  const description = parts.description === '' ? [] : [`<meta name="description"${attributes([['content', parts.description]])}>`];
  return [
    '<!DOCTYPE html>',
    `<html${attributes([['lang', parts.lang]])}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(pageTitleOf(parts.title))}</title>`,
    ...description,
    `<style>\n${PAGE_STYLESHEET}\n</style>`,
    jsonLd,
    '</head>',
    '<body>',
    '<main>',
    parts.articleHtml,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
