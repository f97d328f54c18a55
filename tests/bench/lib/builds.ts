import path from 'node:path';
import { BENCH_DIR } from './paths';

/** The vite config of the bare Lexical page (the typing baseline). */
export const BARE_EDITOR_CONFIG = path.join(BENCH_DIR, 'bare-editor', 'vite.config.ts');

/** The copy of out/renderer that this run serves and measures. */
export const builtRendererDir = (runDir: string): string => path.join(runDir, 'renderer');
export const bareEditorDir = (runDir: string): string => path.join(runDir, 'bare-editor');
