import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import { bytesToBase64, readAsBase64, refusalBeforeUpload } from '../../../renderer/import/readImportFile';

describe('reading files for import in the renderer', () => {
  it('encodes a file of several MB to the same base64 as Node, without overflowing the stack', async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(await readAsBase64(new File([bytes], 'big.txt'))).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });

  it('refuses an unsupported kind of file and a file over its format’s limit before uploading', () => {
    expect(refusalBeforeUpload(new File(['x'], 'photo.png'))).toMatch(/photo\.png is not a file Copydesk imports/);
    const tooBig = { name: 'page.html', size: MAX_IMPORT_BYTES.html + 1 } as File;
    expect(refusalBeforeUpload(tooBig)).toMatch(/page\.html is 3\.0 MB, more than the 3\.0 MB/);
    const fine = { name: 'story.docx', size: MAX_IMPORT_BYTES.html + 1 } as File;
    expect(refusalBeforeUpload(fine)).toBeNull();
    expect(refusalBeforeUpload(new File([''], 'empty.TXT'))).toBeNull();
  });
});
