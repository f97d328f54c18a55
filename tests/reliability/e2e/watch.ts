import type { Page } from '@playwright/test';

/** What a page did that a payload could have caused: dialogs, outside requests, errors, beacons. */
export interface Watch {
  dialogs: string[];
  outsideRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** Records dialogs, page errors and console errors, and aborts (and records) every request leaving `allowedOrigin`. */
export async function watchPage(page: Page, allowedOrigin: string | null): Promise<Watch> {
  const watch: Watch = { dialogs: [], outsideRequests: [], pageErrors: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (allowedOrigin !== null && url.startsWith(allowedOrigin)) {
      await route.continue();
      return;
    }
    if (url.startsWith('data:')) {
      await route.continue();
      return;
    }
    watch.outsideRequests.push(url);
    await route.abort('blockedbyclient');
  });
  return watch;
}

/** Executable or fetching markup anywhere in the live document, checked in the page itself. */
export function liveDomProblems(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const unsafe = /^(javascript|vbscript|livescript|data|file):/i;
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const tag = element.tagName.toLowerCase();
      // The app's own icons are inline SVG without scripts or handlers (both caught below), so <svg> itself is not flagged.
      if (['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'base', 'math', 'img', 'video', 'audio', 'source', 'link', 'style', 'meta', 'foreignobject', 'use', 'animate', 'set'].includes(tag)) {
        problems.push(`<${tag}>`);
      }
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020\u007f]+/g, '');
        if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'xlink:href', 'data', 'ping'].includes(name) && (unsafe.test(value) || value.includes('xss.invalid'))) {
          problems.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
        }
        if (name === 'style' && /url\(|expression\(|behavior:|-moz-binding|javascript:/i.test(attribute.value)) problems.push(`${tag}[style=${attribute.value.slice(0, 40)}]`);
      }
    }
    return problems;
  }, scope);
}

/** Whether any payload set its flag. */
export function payloadFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}
