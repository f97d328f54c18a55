import { defineConfig } from '@playwright/test';

/** The desktop smoke test; it skips itself, with the reason, where no Electron binary exists. */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
});
