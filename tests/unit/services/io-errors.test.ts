import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { toApiError } from '../../../electron/services/io-errors';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('file-system errors as editor-facing API errors', () => {
  it('reports a full disk as an io error that says nothing was changed', () => {
    const error = toApiError(errno('ENOSPC'), 'save the draft');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'io', message: expect.stringContaining('disk is full') });
  });

  it('reports the write error when the temp-file cleanup failed too', () => {
    const combined = new AggregateError([errno('ENOSPC'), errno('EIO')], 'writing failed and the temp file could not be removed');
    expect(toApiError(combined, 'save the draft')).toMatchObject({ code: 'io', details: { code: 'ENOSPC' } });
  });

  it('leaves programming errors alone, so they are reported as internal', () => {
    const bug = new TypeError('x is undefined');
    expect(toApiError(bug, 'save the draft')).toBe(bug);
  });
});
