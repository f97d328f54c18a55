import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChannelName } from '../../shared/api/channels';
import type { ApiHandlers } from '../../shared/api/channels';
import type { ApiErrorCode, ApiErrorShape, ApiResult } from '../../shared/api/errors';
import { dispatchApiCall } from '../services/dispatch';
import type { ErrorLogger } from '../services/dispatch';

/** Generous for a long article with its sources' own texts, small enough to refuse abuse. */
export const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

/** HTTP status per error code; the JSON body stays the ApiResult either way. */
export const STATUS_BY_ERROR_CODE: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  'not-found': 404,
  conflict: 409,
  'read-only': 423,
  refused: 422,
  io: 500,
  internal: 500,
};

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

export function sendApiError(response: ServerResponse, status: number, error: ApiErrorShape): void {
  const result: ApiResult<never> = { ok: false, error };
  sendJson(response, status, result);
}

type BodyRead = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads the body up to the limit; beyond it, stops collecting instead of buffering an attacker's gigabytes. */
function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ ok: false, reason: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    request.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
    // A client that goes away mid-upload must not leave this promise pending forever.
    request.on('close', () => {
      if (done) return;
      done = true;
      resolve({ ok: false, reason: 'aborted' });
    });
  });
}

/** Answers an oversized request and then drops the connection rather than reading the rest. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, limit: number): void {
  response.setHeader('Connection', 'close');
  response.on('finish', () => request.destroy());
  sendApiError(response, 413, { code: 'invalid-request', message: `The request is larger than ${limit} bytes.` });
}

export interface ApiRouteOptions {
  handlers: ApiHandlers;
  maxRequestBytes: number;
  logError: ErrorLogger;
}

/** `POST /api/<channel>` with a JSON body: the HTTP face of dispatchApiCall. The caller has checked the token. */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  options: ApiRouteOptions,
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendApiError(response, 405, { code: 'invalid-request', message: 'API calls must use POST.' });
    return;
  }
  if (!isChannelName(channel)) {
    sendApiError(response, 404, { code: 'invalid-request', message: `Unknown API channel "${channel}".` });
    return;
  }
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    sendApiError(response, 415, { code: 'invalid-request', message: 'API calls must send Content-Type: application/json.' });
    return;
  }
  const body = await readBody(request, options.maxRequestBytes);
  if (!body.ok) {
    if (body.reason === 'too-large') refuseTooLarge(request, response, options.maxRequestBytes);
    else response.destroy(); // Nobody is listening for an answer.
    return;
  }
  let payload: unknown = undefined;
  if (body.text.trim().length > 0) {
    try {
      payload = JSON.parse(body.text);
    } catch (error) {
      sendApiError(response, 400, { code: 'invalid-request', message: `The request body is not valid JSON: ${(error as Error).message}` });
      return;
    }
  }
  const result = await dispatchApiCall(options.handlers, channel, payload, options.logError);
  sendJson(response, result.ok ? 200 : STATUS_BY_ERROR_CODE[result.error.code], result);
}
