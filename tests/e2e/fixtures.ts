import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startHost } from './webHost';
import type { RunningHost } from './webHost';

/** Annotation type for tests that feed the page HTML whose inline handlers and styles the CSP reports. */
export const CSP_REPORTS_EXPECTED = 'csp-reports-expected';

type Fixtures = {
  /** A web host of its own for this test, on a fresh temporary data folder. */
  host: RunningHost;
  /** A page showing Copydesk from that host; fails the test on any uncaught page error. */
  app: Page;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
  app: async ({ page, host }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await page.goto(host.url);
    await use(page);
    // Parsing hostile HTML, even in an inert document, makes Chromium report the
    // handlers and styles its CSP would block; tests that paste such HTML say so.
    const expectsReports = testInfo.annotations.some((annotation) => annotation.type === CSP_REPORTS_EXPECTED);
    const unexpected = expectsReports ? problems.filter((problem) => !problem.startsWith('CSP:')) : problems;
    expect(unexpected, 'uncaught errors or CSP violations in the page').toEqual([]);
  },
});

export { expect };
