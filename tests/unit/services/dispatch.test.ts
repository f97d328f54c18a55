import { beforeEach, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../../electron/services/dispatch';
import type { ApiHandlers } from '../../../shared/api/channels';
import { ApiError } from '../../../shared/api/errors';
import type { Draft } from '../../../shared/model/draft';
import { apiHandlersInTempDir, documentWith } from './test-helpers';

const api = apiHandlersInTempDir();
const logged: unknown[] = [];
const log = (message: string, error: unknown) => logged.push([message, error]);

beforeEach(() => {
  logged.length = 0;
});

describe('dispatchApiCall', () => {
  it('runs a full create / save / open / list round trip through the contract', async () => {
    const created = await dispatchApiCall(api.handlers, 'drafts.create', { meta: { headline: 'Storm' } }, log);
    expect(created).toMatchObject({ ok: true, value: { revision: 0, meta: { headline: 'Storm' } } });
    const draft = (created as { ok: true; value: Draft }).value;
    const saved = await dispatchApiCall(api.handlers, 'drafts.save', {
      id: draft.id,
      baseRevision: 0,
      meta: draft.meta,
      sources: [],
      content: documentWith('Winds reached gale force.'),
      status: 'in-review',
      checkOverrides: [],
    });
    expect(saved).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await dispatchApiCall(api.handlers, 'drafts.open', { id: draft.id })).toMatchObject({ ok: true, value: { status: 'in-review' } });
    const list = await dispatchApiCall(api.handlers, 'drafts.list', {});
    expect(list).toMatchObject({ ok: true, value: { drafts: [{ id: draft.id, wordCount: 4 }], readOnly: false } });
  });

  it('treats a missing payload as an empty request', async () => {
    expect(await dispatchApiCall(api.handlers, 'prefs.get', undefined)).toMatchObject({ ok: true, value: { theme: 'system' } });
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatchApiCall(api.handlers, 'drafts.format', {});
    expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Unknown API channel "drafts.format".' } });
  });

  it.each([
    ['drafts.open', { id: '../../etc/passwd' }, 'id'],
    ['drafts.open', { id: 'UPPER' }, 'id'],
    ['drafts.open', { id: 'a', extra: true }, ''],
    ['drafts.open', null, ''],
    ['drafts.save', { id: 'a', baseRevision: -1 }, 'baseRevision'],
    ['history.restore', { id: 'a', snapshotId: '../x' }, 'snapshotId'],
    ['prefs.set', { theme: 'neon' }, 'theme'],
    ['drafts.list', { unexpected: 1 }, ''],
  ])('refuses an invalid %s request, naming the field', async (channel, payload, field) => {
    const result = await dispatchApiCall(api.handlers, channel, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain(channel);
    if (field) expect(result.error.message).toContain(`${field}:`);
  });

  it('refuses a payload nested thousands of levels deep with invalid-request, not a crash', async () => {
    let node: Record<string, unknown> = { type: 'text', version: 1, text: 'deep' };
    for (let level = 0; level < 5000; level += 1) node = { type: 'paragraph', version: 1, children: [node] };
    const result = await dispatchApiCall(api.handlers, 'drafts.create', { content: { root: { type: 'root', version: 1, children: [node] } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/nested/) } });
  });

  it('passes a conflict through with its current revision', async () => {
    const draft = await api.handlers['drafts.create']({});
    const save = { id: draft.id, baseRevision: 0, meta: draft.meta, sources: [], content: draft.content, status: 'draft', checkOverrides: [] };
    await dispatchApiCall(api.handlers, 'drafts.save', save);
    const result = await dispatchApiCall(api.handlers, 'drafts.save', save);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', details: { currentRevision: 1 } } });
  });

  it('turns an unexpected error into a generic internal error and logs the stack', async () => {
    const broken = { ...api.handlers, 'prefs.get': () => Promise.reject(new TypeError('secret /home/user/path')) } as ApiHandlers;
    const result = await dispatchApiCall(broken, 'prefs.get', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('refuses a response that breaks the contract', async () => {
    const broken = { ...api.handlers, 'prefs.get': () => Promise.resolve({ theme: 42 }) } as unknown as ApiHandlers;
    const result = await dispatchApiCall(broken, 'prefs.get', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });

  it('maps an ApiError thrown by a handler to its JSON shape', async () => {
    const refusing = { ...api.handlers, 'drafts.list': () => Promise.reject(new ApiError('read-only', 'No.', { why: 'test' })) } as ApiHandlers;
    expect(await dispatchApiCall(refusing, 'drafts.list', {})).toEqual({
      ok: false,
      error: { code: 'read-only', message: 'No.', details: { why: 'test' } },
    });
  });
});
