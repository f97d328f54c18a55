import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';

/**
 * The reliability suite's Chromium part: XSS through paste, a hand-edited
 * draft file and the exported page, and axe-core on the main screens. Each test
 * gets its own web host and data folder from the UI engineer's fixture
 * (tests/e2e/fixtures.ts). Run by scripts/reliability-report.ts after
 * `npm run build:renderer`.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // out/renderer is shared with everyone's builds on this machine; a page caught mid-rebuild shows "Not found.".
  // One retry absorbs that; the report marks such a check as passed on retry.
  retries: 1,
  reporter: 'list',
  outputDir: path.join(os.tmpdir(), 'copydesk-reliability-playwright'),
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'off',
    launchOptions: chromiumLaunchOptions,
  },
});
