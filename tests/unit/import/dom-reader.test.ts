import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../electron/import/import-files';
import { domReader } from '../../../electron/import/dom-reader/dom-reader-client';

const SENTENCE = 'The port authority said on Monday that container traffic rose for the third month running, officials told reporters. ';

/** A page dense enough that reading it keeps the reader busy for a while (Readability scores every paragraph). */
function densePage(paragraphs: number): Uint8Array {
  const body = Array.from({ length: paragraphs }, (_, index) => `<div class="c${index % 7}"><p>${index}. ${SENTENCE.repeat(4)}</p></div>`).join('\n');
  return new TextEncoder().encode(`<!doctype html><html><head><title>Port traffic</title></head><body><article><h1>Port traffic rises</h1>${body}</article></body></html>`);
}

const SMALL_PAGE = new TextEncoder().encode(
  `<!doctype html><html><head><title>Budget</title></head><body><article><h1>Budget passes</h1><p>${SENTENCE.repeat(5)}</p><p>${SENTENCE.repeat(4)}</p></article></body></html>`,
);

const noDetector = { detect: () => [] };

afterAll(() => domReader().close());

describe('web pages are read on the reader worker', () => {
  it('keeps the host answering while a dense page is read', async () => {
    // Start the worker first, so what is counted below is the reading itself.
    await importFiles([{ name: 'warm-up.html', bytes: SMALL_PAGE }], noDetector);
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 5);
    const [result] = await importFiles([{ name: 'dense.html', bytes: densePage(600) }], noDetector);
    clearInterval(ticker);
    expect(result).toMatchObject({ ok: true });
    // On the host's own thread the page would be read in one synchronous stretch, and the timer would hardly run.
    expect(turns).toBeGreaterThan(20);
  });

  it('refuses a page that takes longer than the time limit, with the reason, and reads the next page normally', async () => {
    const [slow] = await importFiles([{ name: 'runaway.html', bytes: densePage(600) }], { ...noDetector, readTimeoutMs: 50 });
    expect(slow).toMatchObject({ ok: false, error: expect.stringMatching(/^runaway\.html took longer than 50 ms to read, so Copydesk stopped reading it/) });
    const [next] = await importFiles([{ name: 'brief.html', bytes: SMALL_PAGE }], noDetector);
    expect(next).toMatchObject({ ok: true });
    expect(JSON.stringify(next?.draftInput?.content)).toContain('container traffic rose');
  });
});
