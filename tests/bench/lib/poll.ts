import type { Page } from 'playwright-core';

/**
 * Waits until `expression` is truthy in the page. Polls with page.evaluate
 * (a DevTools call the page's Content-Security-Policy allows), because
 * page.waitForFunction compiles its predicate in the page, which the
 * renderer's CSP (no 'unsafe-eval') refuses.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await page.waitForTimeout(25);
  }
}
