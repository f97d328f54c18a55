import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startHost } from './webHost';
import type { RunningHost } from './webHost';

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
  app: async ({ page, host }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await page.goto(host.url);
    await use(page);
    expect(problems, 'uncaught errors or CSP violations in the page').toEqual([]);
  },
});

export { expect };
