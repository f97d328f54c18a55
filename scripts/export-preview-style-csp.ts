import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { PAGE_STYLESHEET } from '../shared/export/page-stylesheet';

/** The exported page's `<style>` element holds the stylesheet between two newlines (shared/export/assemble-export.ts). */
export const PAGE_STYLE_ELEMENT_TEXT = `\n${PAGE_STYLESHEET}\n`;

export function pageStyleHashSource(): string {
  return `'sha256-${createHash('sha256').update(PAGE_STYLE_ELEMENT_TEXT, 'utf8').digest('base64')}'`;
}

/**
 * The export dialog previews the page in a srcdoc frame, which inherits the
 * app's policy (style-src 'self'), so the page's inline stylesheet would be
 * refused. Allowing exactly that stylesheet by its hash lets the preview look
 * like the published page without allowing inline styles in general.
 */
export function exportPreviewStyleCsp(): Plugin {
  return {
    name: 'copydesk-export-preview-style-csp',
    transformIndexHtml(html) {
      const marker = "style-src 'self'";
      if (!html.includes(marker)) throw new Error(`renderer/index.html: the policy has no "${marker}" to extend`);
      return html.replace(marker, `${marker} ${pageStyleHashSource()}`);
    },
  };
}
