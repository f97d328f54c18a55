import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the document's elements; styled in styles/article.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'doc-paragraph',
  heading: { h2: 'doc-h2', h3: 'doc-h3' },
  quote: 'doc-quote',
  list: {
    ul: 'doc-ul',
    ol: 'doc-ol',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li-nested' },
  },
  link: 'doc-link',
  attribution: 'doc-attribution',
  text: {
    bold: 'doc-bold',
    italic: 'doc-italic',
    underline: 'doc-underline',
    strikethrough: 'doc-strike',
    underlineStrikethrough: 'doc-underline-strike',
  },
};
