/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * The reliability suite (tests/reliability): fault injection and hostile input
 * against the real services and hosts. Run through scripts/reliability-report.ts,
 * which also renders RELIABILITY.md from the records the tests write.
 */
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The machine is shared: two test files at a time at most.
    maxWorkers: 2,
    // Most files load the same heavy modules (the API handlers pull in the import pipeline and the
    // attribution model); without isolation each worker loads them once instead of once per file.
    // The files that mock `electron` share one recorder (tests/reliability/support/electron-recorder.ts).
    isolate: false,
  },
});
