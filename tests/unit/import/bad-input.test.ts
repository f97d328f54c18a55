import { describe, expect, it } from 'vitest';
import { importFiles, type ImportFileResult } from '../../../electron/import/import-files';
import { BODY, BODY_2 } from './helpers';

const noDetector = { detect: () => [] };

async function importOne(name: string, bytes: Uint8Array): Promise<ImportFileResult> {
  const [result] = await importFiles([{ name, bytes }], noDetector);
  return result!;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function expectRefused(result: ImportFileResult, message: RegExp): void {
  expect(result.ok).toBe(false);
  expect(result.draftInput).toBeUndefined();
  expect(result.original).toBeUndefined();
  expect(result.error).toMatch(message);
}

const PAGE = (body: string) => `<!doctype html><html><head><title>Budget talks collapse</title></head><body><article><h1>Budget talks collapse</h1>${body}</article></body></html>`;

describe('bad input', () => {
  it.each(['empty.txt', 'empty.md', 'empty.html', 'empty.docx'])('refuses the empty file %s with a message', async (name) => {
    expectRefused(await importOne(name, new Uint8Array()), /is empty/);
  });

  it('refuses a text file that holds only blank lines', async () => {
    expectRefused(await importOne('blank.txt', utf8('\n \n\t\n')), /No article text was found/);
  });

  it('refuses a binary file with a text extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
    expectRefused(await importOne('photo.txt', png), /is not a text file/);
    expectRefused(await importOne('photo.html', png), /is not a text file/);
  });

  it('refuses a 50 MB HTML page at once, with its size in the message', async () => {
    const paragraph = `<p>${BODY}</p>\n`;
    const page = `<html><body>${paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))}</body></html>`;
    // Refused on its size alone, so the page is never parsed; vitest's test timeout catches a hang.
    expectRefused(await importOne('huge.html', utf8(page)), /huge\.html is 50\.\d MB; Copydesk imports html files up to 3\.0 MB/);
  });

  it('reads a page too large for Readability whole, without its chrome, and says so', async () => {
    const items = Array.from({ length: 1_100 }, (_, index) => `<p><span>Item</span> <b>${index}</b></p>`).join('');
    const page = `<html><body><nav><a href="/">Home</a></nav><main><h1>Budget talks collapse</h1><p>${BODY}</p>${items}</main><footer>© Site</footer></body></html>`;
    const result = await importOne('long.html', utf8(page));
    expect(result.ok).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/too large to find the article in automatically/);
    const json = JSON.stringify(result.draftInput);
    expect(json).toContain('The finance minister said on Tuesday');
    expect(json).not.toContain('© Site');
  });

  it('imports broken HTML as far as a browser would read it', async () => {
    const broken = `<html><body><div><h1>Budget talks collapse</h2><p>${BODY}<p>${BODY_2} <b>unclosed <i>tags</div></span></td>&nbsp;&bogus; <!-- never closed`;
    const result = await importOne('broken.html', utf8(broken));
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result.draftInput?.content);
    expect(json).toContain('The finance minister said on Tuesday');
    expect(json).toContain('Opposition parties have called');
    expect(json).not.toContain('never closed');
    expect(result.draftInput?.meta.headline).toBe('Budget talks collapse');
  });

  it('reads paragraphs a broken page left inside its unclosed headline', async () => {
    const result = await importOne('unclosed.html', utf8(`<html><body><h1>Budget talks collapse<p>${BODY}</p><p>${BODY_2}</p></body></html>`));
    expect(result.draftInput?.meta.headline).toBe('Budget talks collapse');
    expect(result.draftInput?.content.root.children?.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('sanitizes scripts, event handlers and script URLs out of a page', async () => {
    const hostile = PAGE(
      `<script>alert(1)</script><p onclick="alert(2)">${BODY}<img src=x onerror="alert(3)"></p>` +
        `<p><a href="javascript:alert(4)">click</a> <a href="data:text/html,<script>alert(5)</script>">data</a> <a href=" JaVaScRiPt:alert(6)">spaced</a></p>` +
        `<svg onload="alert(7)"><script>alert(8)</script></svg><iframe srcdoc="<script>alert(9)</script>"></iframe>` +
        `<math><mtext><table><mglyph><style><img src=x onerror=alert(10)></style></mglyph></table></mtext></math>` +
        `<form><button formaction="javascript:alert(11)">Go</button></form><p style="background:url(javascript:alert(12))">${BODY_2}</p>`,
    );
    const result = await importOne('hostile.html', utf8(hostile));
    expect(result.ok).toBe(true);
    const json = JSON.stringify(result.draftInput);
    for (const pattern of [/alert/, /script/i, /onerror|onclick|onload/i, /javascript:/i, /data:/i, /background|url\(/]) expect(json).not.toMatch(pattern);
    expect(json).toContain('The finance minister said on Tuesday');
    expect(json).toContain('"text":"click data spaced"');
  });

  it('reads Latin-1 text that is not valid UTF-8', async () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(` au lait. ${BODY}`)]);
    const result = await importOne('latin1.txt', latin1);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.draftInput?.content)).toContain('Café au lait.');
    expect(result.warnings.join(' ')).toMatch(/not UTF-8; it was read as windows-1252/);
  });

  it('reads Windows-1252 curly quotes, dashes and the euro sign', async () => {
    const bytes = new Uint8Array([0x93, ...utf8('It costs 5'), 0x80, 0x94, ...utf8(', he said '), 0x96, ...utf8(` again. ${BODY}`)]);
    const result = await importOne('cp1252.txt', bytes);
    expect(JSON.stringify(result.draftInput?.content)).toContain('“It costs 5€”, he said – again.');
  });

  it('honours the charset a non-UTF-8 web page declares', async () => {
    const greek = new Uint8Array([
      ...utf8(`<html><head><meta charset="iso-8859-7"><title>Budget</title></head><body><p>`),
      0xc1, 0xe8, 0xde, 0xed, 0xe1,
      ...utf8(`: ${BODY}</p></body></html>`),
    ]);
    const result = await importOne('greek.html', greek);
    expect(JSON.stringify(result.draftInput?.content)).toContain('Αθήνα: The finance minister');
  });

  it('refuses a .docx that is not a zip archive', async () => {
    expectRefused(await importOne('story.docx', utf8(`${BODY}\n`)), /story\.docx is not a Word document: a \.docx file is a zip archive and this one is not/);
  });

  it('refuses an old .doc renamed to .docx, saying how to fix it', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expectRefused(await importOne('old.docx', ole), /old-style Word document \(\.doc\).*save it as \.docx/);
  });

  it('refuses a damaged zip with a .docx name', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip at all')]);
    expectRefused(await importOne('damaged.docx', damaged), /damaged\.docx could not be read as a Word document/);
  });

  it('refuses a file type it does not import', async () => {
    expectRefused(await importOne('scan.pdf', utf8('%PDF-1.7')), /Copydesk imports \.html, \.htm/);
  });

  it('refuses a page that is nothing but site chrome', async () => {
    const chrome = '<html><body><p>Home › World</p><p>Share on Facebook</p><p>Please enter your comment!</p><p>Exit mobile version</p></body></html>';
    const result = await importOne('chrome.html', utf8(chrome));
    expectRefused(result, /No article text was found/);
    expect(result.removed.length).toBeGreaterThan(0);
  });

  it('goes on with the other files after a bad one', async () => {
    const results = await importFiles(
      [
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'good.txt', bytes: utf8(`Budget talks collapse\n\n${BODY}`) },
      ],
      noDetector,
    );
    expect(results.map((result) => result.ok)).toEqual([false, true]);
  });

  it('refuses file names that could be paths at the boundary', async () => {
    await expect(importFiles([{ name: '../../etc/passwd.txt', bytes: utf8(BODY) }])).rejects.toThrow(/slashes/);
    await expect(importFiles([{ name: 'a\u0000.txt', bytes: utf8(BODY) }])).rejects.toThrow();
  });
});
