import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import { ManualClock } from './test-helpers';
import { useTempDir } from '../helpers/temp-dir';

const dataDir = useTempDir();
let store: DraftStore;
beforeEach(() => {
  store = new DraftStore({ dataDir: dataDir(), clock: new ManualClock(), log: () => {} });
});
afterEach(async () => {
  await store.flush();
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('imported originals', () => {
  it('keeps the original bytes under their checksum and snapshots the draft as imported', async () => {
    const draft = await store.create({ meta: { headline: 'From the wire' } });
    const bytes = bytesOf('<html><body>Wire copy</body></html>');
    await store.keepOriginal(draft.id, { name: '../../evil name.html', mediaType: 'text/html', bytes, sha256: sha256Of(bytes) });
    const [kept] = await store.listOriginals(draft.id);
    expect(kept).toMatchObject({ name: '../../evil name.html', mediaType: 'text/html', size: bytes.length, sha256: sha256Of(bytes) });
    expect(await store.readOriginal(draft.id, sha256Of(bytes))).toEqual(Buffer.from(bytes));
    const { snapshots } = await store.listHistory(draft.id);
    expect(snapshots.map((snapshot) => [snapshot.reason, snapshot.headline])).toEqual([['import', 'From the wire']]);
  });

  it('refuses bytes that do not match the checksum, and a draft that does not exist', async () => {
    const draft = await store.create({});
    const bytes = bytesOf('text');
    await expect(store.keepOriginal(draft.id, { name: 'a.txt', mediaType: 'text/plain', bytes, sha256: '0'.repeat(64) })).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(store.keepOriginal('missing', { name: 'a.txt', mediaType: 'text/plain', bytes, sha256: sha256Of(bytes) })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await store.listOriginals(draft.id)).toEqual([]);
    await expect(store.readOriginal(draft.id, '../x')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('deletes the originals with the draft', async () => {
    const draft = await store.create({});
    const bytes = bytesOf('text');
    await store.keepOriginal(draft.id, { name: 'a.txt', mediaType: 'text/plain', bytes, sha256: sha256Of(bytes) });
    await store.trash(draft.id);
    await store.deleteForever(draft.id);
    expect(await store.listOriginals(draft.id)).toEqual([]);
  });
});
