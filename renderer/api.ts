/**
 * The only place the renderer reaches the outside world. In the desktop app
 * it calls the preload bridge (`window.copydesk`); in a browser served by the
 * web host it calls the same channels as JSON over HTTP. Either way callers
 * get a client typed from the one channel table, with ApiResult unwrapped:
 * failures are thrown as ApiError carrying the service's error code.
 */
import { CHANNEL_NAMES, channels } from '../shared/api/channels';
import type { ApiClient, ChannelName, ResponseOf } from '../shared/api/channels';
import type { CopydeskBridge } from '../shared/api/bridge';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../shared/api/bridge';
import { ApiError, ApiErrorSchema } from '../shared/api/errors';
import type { ApiErrorCode, ApiResult } from '../shared/api/errors';

export { ApiError };
export type { ApiErrorCode };

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

const TOKEN_STORAGE_KEY = 'copydesk.token';

/** Reads the web host's token from the URL once, keeps it for reloads, and hides it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY_PARAM);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

function unwrap<C extends ChannelName>(channel: C, result: unknown): ResponseOf<C> {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    throw new ApiError('internal', `Copydesk sent an unreadable answer to ${channel}.`);
  }
  const typed = result as ApiResult<unknown>;
  if (!typed.ok) {
    const error = ApiErrorSchema.safeParse(typed.error);
    if (!error.success) throw new ApiError('internal', `Copydesk sent an unreadable error for ${channel}.`);
    throw new ApiError(error.data.code, error.data.message, error.data.details);
  }
  const value = channels[channel].response.safeParse(typed.value);
  if (!value.success) {
    throw new ApiError('internal', `Copydesk sent an unexpected answer to ${channel}.`, value.error.issues);
  }
  return value.data as ResponseOf<C>;
}

type Call = (channel: ChannelName, request: unknown) => Promise<unknown>;

function buildClient(call: Call): ApiClient {
  const client: Partial<Record<ChannelName, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNEL_NAMES) {
    client[channel] = async (request: unknown) => unwrap(channel, await call(channel, request));
  }
  return client as ApiClient;
}

function httpCall(token: string, keepalive: boolean): Call {
  return async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`${API_PATH_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request),
        credentials: 'same-origin',
        cache: 'no-store',
        keepalive,
      });
    } catch {
      throw new ApiError('io', 'Copydesk could not be reached. Is the web host still running?');
    }
    try {
      return await response.json();
    } catch {
      throw new ApiError('internal', `Copydesk answered ${channel} with HTTP ${response.status} and no result.`);
    }
  };
}

function createClients(): { api: ApiClient; apiOnUnload: ApiClient } {
  const bridge = window.copydesk;
  if (bridge) {
    const call: Call = (channel, request) => bridge.api[channel](request);
    const client = buildClient(call);
    return { api: client, apiOnUnload: client };
  }
  const token = takeToken();
  return { api: buildClient(httpCall(token, false)), apiOnUnload: buildClient(httpCall(token, true)) };
}

const clients = createClients();

/** The typed API client. */
export const api: ApiClient = clients.api;

/**
 * The same client for requests sent while the page is going away: over HTTP
 * they use `keepalive` so the browser finishes them after the page unloads.
 */
export const apiOnUnload: ApiClient = clients.apiOnUnload;

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Subscribes to the native menu; a no-op in the browser, which has no menu. */
export function onMenuCommand(listener: Parameters<CopydeskBridge['onMenuCommand']>[0]): () => void {
  return window.copydesk?.onMenuCommand(listener) ?? (() => {});
}
