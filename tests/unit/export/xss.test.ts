import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportDraftHtml } from '../../../shared/export/index';
import { exportDraftHtmlSanitized } from '../../../electron/services/export-sanitize';
import { HOSTILE_SCRIPT, hostileDraft, hostileOptions } from './hostile-draft';

/** Attributes a browser would follow or fetch as a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset', 'background', 'xlink:href', 'data'];
const SAFE_URL = /^(?:https?:\/\/|mailto:|#)/;

function parse(html: string, form: 'fragment' | 'page'): Document {
  if (form === 'page') return new JSDOM(html).window.document;
  const document = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
  document.body.innerHTML = html;
  return document;
}

describe('export of hostile content', () => {
  for (const form of ['page', 'fragment'] as const) {
    describe(`as a ${form}`, () => {
      const draft = hostileDraft();
      const result = exportDraftHtml(draft, hostileOptions(form));
      const document = parse(result.html, form);
      const elements = [...document.querySelectorAll('*')];

      it('has no script element but the JSON-LD, and that holds only the JSON we generated', () => {
        const scripts = [...document.querySelectorAll('script')];
        expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
        const jsonLd = JSON.parse(scripts[0]!.textContent) as Record<string, unknown>;
        // The hostile strings survive as data, unchanged: escaping, not deletion.
        expect(jsonLd['headline']).toBe(draft.meta.headline);
        expect((jsonLd['publisher'] as { name: string }).name).toBe(HOSTILE_SCRIPT);
        expect(jsonLd['@type']).toBe('NewsArticle');
      });

      it('has no event handler attributes and no style attributes', () => {
        const offending = elements.flatMap((element) =>
          [...element.attributes].filter((attribute) => /^on/i.test(attribute.name) || attribute.name === 'style').map((attribute) => `${element.tagName} ${attribute.name}`),
        );
        expect(offending).toEqual([]);
      });

      it('has only http(s), mailto and in-page URLs', () => {
        const urls = elements.flatMap((element) =>
          URL_ATTRIBUTES.filter((name) => element.hasAttribute(name)).map((name) => element.getAttribute(name)!),
        );
        expect(urls.length).toBeGreaterThan(5);
        expect(urls.filter((url) => !SAFE_URL.test(url))).toEqual([]);
        // No attribute of any name starts a script or data URL, however it is spaced.
        const scriptLike = elements.flatMap((element) =>
          [...element.attributes]
            // eslint-disable-next-line no-control-regex -- browsers skip these characters when reading a URL
            .filter((attribute) => /^(?:javascript|vbscript|data):/i.test(attribute.value.replace(/[\s\u0000-\u001f]/g, '')))
            .map((attribute) => `${element.tagName} ${attribute.name}="${attribute.value}"`),
        );
        expect(scriptLike).toEqual([]);
      });

      it('has no element that loads or embeds anything', () => {
        const embedding = document.body.querySelectorAll('img, svg, iframe, object, embed, style, link, base, meta, form, input, textarea, math, template');
        expect([...embedding].map((element) => element.tagName)).toEqual([]);
      });

      it("keeps the hostile text visible as text", () => {
        expect(document.querySelector('h1')?.textContent).toBe(draft.meta.headline);
        expect(document.body.textContent).toContain('<script>alert(1)</script> <img src=x onerror=alert(1)>');
      });

      it('passes the DOMPurify pass unchanged', () => {
        const sanitized = exportDraftHtmlSanitized(draft, hostileOptions(form));
        expect(sanitized.removed).toEqual([]);
        expect(sanitized.html).toBe(result.html);
      });
    });
  }

  it('reports every dropped link and source URL to the editor', () => {
    const { warnings } = exportDraftHtml(hostileDraft(), hostileOptions('fragment'));
    expect(warnings.filter((warning) => warning.startsWith('a link was exported as text'))).toHaveLength(18);
    expect(warnings.filter((warning) => warning.includes('is listed without its link'))).toHaveLength(5);
    expect(warnings).toContain('the site URL is not an http(s) URL, so it is left out and every link counts as external');
    expect(warnings).toContain('the publisher logo URL is not an http(s) URL, so it is left out');
  });
});
