import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../shared/document/html-text';
import { lineColumnLocator } from '../../../shared/document/line-column';
import { sourceOffsetOf } from '../../../shared/document/mapped-text';
import { articleFromMarkdown } from '../../../shared/document/markdown-text';
import { articleFromPlainText } from '../../../shared/document/plain-text';

const paragraphsOf = (article: { text: string; paragraphs: Array<{ start: number; end: number }> }) =>
  article.paragraphs.map((span) => article.text.slice(span.start, span.end));

describe('articleFromPlainText', () => {
  it('makes paragraphs of runs of non-blank lines and keeps the file offsets', () => {
    const text = 'Headline\n\n  First line\nwraps here.  \n \nSecond paragraph.\n';
    const article = articleFromPlainText(text);
    expect(article.text).toBe(text);
    expect(paragraphsOf(article)).toEqual(['Headline', 'First line\nwraps here.', 'Second paragraph.']);
  });
});

describe('articleFromHtml', () => {
  const html = '<!doctype html><html><head><title>T</title><style>p{}</style></head><body>\n<h1>Le Pen &amp; NATO</h1>\n<p>She said, according to <a href="x">the BBC</a>,\n   that she&rsquo;d stay.</p><script>var a = "<p>no</p>";</script><p>Source: Capital</p></body></html>';
  const article = articleFromHtml(html);

  it('reads text nodes, decodes entities, collapses whitespace and skips scripts and styles', () => {
    expect(paragraphsOf(article)).toEqual(['Le Pen & NATO', 'She said, according to the BBC, that she’d stay.', 'Source: Capital']);
  });

  it('maps every character back to its offset in the file', () => {
    const bbc = article.text.indexOf('BBC');
    expect(html.slice(sourceOffsetOf(article, bbc), sourceOffsetOf(article, bbc) + 3)).toBe('BBC');
    const apostrophe = article.text.indexOf('’');
    expect(html.slice(sourceOffsetOf(article, apostrophe)).startsWith('&rsquo;')).toBe(true);
    const locate = lineColumnLocator(html);
    expect(locate(sourceOffsetOf(article, article.text.indexOf('that')))).toEqual({ line: 4, column: 4 });
  });
});

describe('articleFromMarkdown', () => {
  const markdown = '# Le Pen wants *closer* ties\n\nShe said, according to [Reuters](https://reuters.com/x),\nthat she would **stay**.\n\n- first_point here\n- second\n\n```\ncode "quote"\n```\n> Quoted line';
  const article = articleFromMarkdown(markdown);

  it('drops Markdown syntax and keeps headings, list items and quotes as paragraphs', () => {
    expect(paragraphsOf(article)).toEqual([
      'Le Pen wants closer ties',
      'She said, according to Reuters, that she would stay.',
      'first_point here',
      'second',
      'Quoted line',
    ]);
  });

  it('maps text back to the file', () => {
    const reuters = article.text.indexOf('Reuters');
    expect(markdown.slice(sourceOffsetOf(article, reuters), sourceOffsetOf(article, reuters) + 7)).toBe('Reuters');
  });
});
