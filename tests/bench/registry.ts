import type { Benchmark } from './lib/result';

export interface BenchEntry {
  id: string;
  title: string;
  /** Needs the built renderer (out/renderer) and the bare-editor page. */
  needsBrowserBuild: boolean;
  /** The harness stops a benchmark that runs longer than this. */
  timeoutMinutes: number;
  load: () => Promise<Benchmark>;
}

/** Every benchmark, in the order `npm run bench` runs them. One file each. */
export const BENCHMARKS: readonly BenchEntry[] = [
  { id: 'detector', title: 'Detector throughput vs the regex baseline', needsBrowserBuild: false, timeoutMinutes: 4, load: async () => (await import('./engine/detector.bench')).default },
  { id: 'accuracy', title: 'Detector accuracy on PolNeAR dev vs the regex baseline', needsBrowserBuild: false, timeoutMinutes: 4, load: async () => (await import('./engine/accuracy.bench')).default },
  { id: 'check-full', title: 'Full check of a 10,000-word article', needsBrowserBuild: false, timeoutMinutes: 3, load: async () => (await import('./engine/check-full.bench')).default },
  { id: 'check-incremental', title: 'Incremental re-check after a one-paragraph edit', needsBrowserBuild: false, timeoutMinutes: 3, load: async () => (await import('./engine/check-incremental.bench')).default },
  { id: 'export', title: 'HTML export of a 10,000-word article', needsBrowserBuild: false, timeoutMinutes: 2, load: async () => (await import('./export/export.bench')).default },
  { id: 'library', title: 'Library on disk at 100, 1,000 and 10,000 drafts (web host)', needsBrowserBuild: false, timeoutMinutes: 6, load: async () => (await import('./library/library.bench')).default },
  { id: 'library-conf', title: 'Baseline: the same library in one conf (electron-store) JSON file', needsBrowserBuild: false, timeoutMinutes: 5, load: async () => (await import('./library/conf-baseline.bench')).default },
  { id: 'typing', title: 'Keystroke-to-paint latency in Chromium', needsBrowserBuild: true, timeoutMinutes: 7, load: async () => (await import('./typing/typing.bench')).default },
  { id: 'startup', title: 'Web host start to first editable paint (10,000 drafts)', needsBrowserBuild: true, timeoutMinutes: 3, load: async () => (await import('./startup/first-paint.bench')).default },
  { id: 'bundle', title: 'Renderer bundle size vs Lexical core', needsBrowserBuild: true, timeoutMinutes: 1, load: async () => (await import('./startup/bundle-size.bench')).default },
];
