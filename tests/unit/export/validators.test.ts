import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFragments, fixturePages } from './page-corpus';
import { useTempDir } from '../helpers/temp-dir';

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

const pages = fixturePages();
const directory = useTempDir({ prefix: 'copydesk-export-validate-', scope: 'all' });
const pageFile = (name: string) => path.join(directory(), `${name}.html`);

/**
 * A page with the very faults the export avoids (a caption inside the
 * blockquote, a stray end tag): it goes through the same pipeline and must be
 * caught, so a validator run that silently checks nothing cannot pass.
 */
const CONTROL_PAGE = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<title>Control</title>',
  '</head>',
  '<body>',
  '<figure><blockquote><p>Words</p><figcaption>Name</figcaption></blockquote></figure>',
  '<p><div>block in a paragraph</div></p>',
  '</body>',
  '</html>',
  '',
].join('\n');
const controlFile = () => path.join(directory(), 'control-invalid.html');
const allFiles = () => [...pages.keys()].map(pageFile).concat(controlFile());

/** One JVM for every page: the Nu validator takes seconds to start. */
function runNuValidator(paths: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/java',
      ['-Xss2m', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...paths],
      { maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, _stdout, stderr) => {
        // vnu exits 1 when it reports errors; the JSON on stderr is what counts.
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(new Error(`the Nu validator did not report JSON (${String(error)}): ${stderr.slice(0, 2000)}`));
        }
      },
    );
  });
}

let nuMessages: VnuMessage[];

beforeAll(async () => {
  for (const [name, html] of pages) writeFileSync(pageFile(name), html);
  writeFileSync(controlFile(), CONTROL_PAGE);
  nuMessages = await runNuValidator(allFiles());
}, 200_000);

describe('exported pages pass the validators', () => {
  it('covers the article, every node fixture and the hostile draft', () => {
    expect(pages.size).toBeGreaterThanOrEqual(13);
  });

  for (const name of pages.keys()) {
    it(`${name}: W3C Nu validator reports no errors`, () => {
      const url = `file:${pageFile(name)}`;
      const errors = nuMessages.filter((message) => message.url === url);
      expect(errors.map((error) => `${error.lastLine ?? '?'}: ${error.message} «${error.extract ?? ''}»`)).toEqual([]);
    });

    it(`${name}: html-validate (recommended rules) reports no errors`, async () => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const report = await validator.validateString(pages.get(name)!, `${name}.html`);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }

  for (const [name, fragment] of fixtureFragments()) {
    it(`${name} fragment: html-validate (recommended rules) reports no errors`, async () => {
      const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(fragment, `${name}.fragment.html`);
      expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    });
  }

  it('both validators catch the faults of the control page', async () => {
    const controlErrors = nuMessages.filter((message) => message.url === `file:${controlFile()}`);
    expect(controlErrors.length).toBeGreaterThanOrEqual(2);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(CONTROL_PAGE, 'control.html');
    expect(report.valid).toBe(false);
  });

  it('the Nu validator reports only on the pages it was given', () => {
    const known = allFiles().map((file) => `file:${file}`);
    expect(nuMessages.filter((message) => !known.includes(message.url))).toEqual([]);
  });
});
