import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BENCH_DIR = path.join(ROOT, 'tests', 'bench');
/** The team's annotated corpus, read for throughput only (never copied into the repository). */
export const POLNEAR_DEV_TEXT = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear', 'dev', 'text');
export const RENDERER_OUT = path.join(ROOT, 'out', 'renderer');
export { CHROMIUM_EXECUTABLE as CHROMIUM } from '../../support/chromium';
