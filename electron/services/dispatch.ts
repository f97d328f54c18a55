import type { z } from 'zod';
import { channels, isChannelName } from '../../shared/api/channels';
import type { ApiHandlers } from '../../shared/api/channels';
import { ApiError } from '../../shared/api/errors';
import type { ApiResult } from '../../shared/api/errors';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';
import { markValidatedRequest } from './validated-requests';

export type ErrorLogger = (message: string, error: unknown) => void;

const defaultErrorLogger: ErrorLogger = (message, error) => {
  console.error(`[copydesk] ${message}`, error instanceof Error ? (error.stack ?? error.message) : error);
};

function describeIssues(error: z.ZodError): { message: string; issues: Array<{ path: string; message: string }> } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(request)',
    message: issue.message,
  }));
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { message: first ? `${first.path}: ${first.message}${more}` : 'the request is invalid', issues };
}

/**
 * The single entry point both transports (IPC and HTTP) use: checks the
 * channel, validates the request and the response against the contract, and
 * turns every outcome into an ApiResult. Unexpected errors are logged here
 * with their stack and reach the caller only as a generic 'internal' error,
 * so no file paths or internals leak to the renderer.
 */
export async function dispatchApiCall(
  handlers: ApiHandlers,
  channel: string,
  payload: unknown,
  logError: ErrorLogger = defaultErrorLogger,
): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: new ApiError('invalid-request', `Unknown API channel "${channel}".`).toJSON() };
  }
  const contract = channels[channel];
  if (exceedsJsonDepth(payload)) {
    return {
      ok: false,
      error: new ApiError('invalid-request', `Invalid request for ${channel}: nested more than ${MAX_JSON_DEPTH} levels deep.`).toJSON(),
    };
  }
  // A channel without parameters may be called with nothing at all.
  const request = contract.request.safeParse(payload === undefined ? {} : payload);
  if (!request.success) {
    const { message, issues } = describeIssues(request.error);
    return {
      ok: false,
      error: new ApiError('invalid-request', `Invalid request for ${channel}: ${message}`, { issues }).toJSON(),
    };
  }
  markValidatedRequest(request.data);
  let value: unknown;
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    value = await handler(request.data);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    logError(`${channel} failed`, error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Copydesk; the details were logged.' } };
  }
  const response = contract.response.safeParse(value);
  if (!response.success) {
    logError(`${channel} returned a response that breaks the contract`, response.error);
    return { ok: false, error: { code: 'internal', message: 'Copydesk produced an invalid response; the details were logged.' } };
  }
  return { ok: true, value: response.data };
}
