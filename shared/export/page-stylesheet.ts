/** A small readable stylesheet for the standalone page; the CMS styles the fragment itself. */
export const PAGE_STYLESHEET = `body { margin: 0; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
h1 { font-size: 2.25rem; margin: 0 0 0.75rem; }
.standfirst { font-size: 1.25rem; color: #333; }
.byline, .article-meta, .credit, .sources { font-family: system-ui, sans-serif; font-size: 0.95rem; color: #444; }
a { color: #0b57d0; }
.source-ref { font-size: 0.75em; vertical-align: super; line-height: 0; text-decoration: none; }
figure.block-quote { margin: 1.5rem 0; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid #ccc; font-style: italic; }
figcaption { margin-top: 0.5rem; font-family: system-ui, sans-serif; font-size: 0.95rem; }
.sources { margin-top: 3rem; border-top: 1px solid #ccc; }
.state-media-label { font-weight: bold; }`;
