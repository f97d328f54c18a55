import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./fixtures/report-loaded-modules.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

describe('the import pipeline costs the host nothing until an import', () => {
  it('loads no DOM library when the host starts or opens drafts, and reads web pages off the host thread', () => {
    // A fresh process: in this one, other tests have loaded everything already.
    const output = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(output) as { atStart: string[]; beforeImport: string[]; afterImport: string[]; imported: boolean };
    expect(report).toEqual({ atStart: [], beforeImport: [], afterImport: [], imported: true });
  });
});
