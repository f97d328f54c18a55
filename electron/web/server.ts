import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promises as fsp } from 'node:fs';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../../shared/api/bridge';
import { createApiHandlers } from '../services/api-handlers';
import type { ApiHandlersWithServices } from '../services/api-handlers';
import type { Clock } from '../services/clock';
import type { KeyValueStore } from '../services/preferences';
import type { ErrorLogger } from '../services/dispatch';
import { acquireDataFolderLock } from '../services/data-folder-lock';
import type { DataFolderLock } from '../services/data-folder-lock';
import { handleApiRequest, MAX_REQUEST_BYTES, sendApiError } from './http-api';
import { openPreferencesFile } from './preferences-file';
import {
  checkHostAndOrigin,
  generateToken,
  readCookie,
  setSecurityHeaders,
  tokenCookie,
  tokenCookieName,
  tokensMatch,
} from './security';
import { resolveStaticPath, sendStaticFile } from './static-files';

/** Loopback only, by design: the host is never reachable from another machine. */
export const WEB_HOST_ADDRESS = '127.0.0.1';

/** The built renderer, from source (electron/web/server.ts) or from the web host's build (out/web/main.js). */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../out/renderer' : '../renderer', import.meta.url));

export interface WebHostOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A fixed token for tests; otherwise a random one per run. */
  token?: string;
  /** The built renderer; defaults to out/renderer. */
  staticDir?: string;
  /** Defaults to conf in `<dataDir>/preferences.json`. */
  preferencesStore?: KeyValueStore;
  clock?: Clock;
  maxRequestBytes?: number;
  /**
   * Take `<dataDir>/.copydesk.lock` so no second host or app writes the same folder.
   * The command line (main.ts) always does; in-process hosts on temp folders (tests) may skip it.
   */
  lockDataFolder?: boolean;
  logError?: ErrorLogger;
  log?: (message: string) => void;
}

export interface WebHost {
  readonly url: string;
  readonly token: string;
  readonly port: number;
  readonly handlers: ApiHandlersWithServices;
  /** Stops accepting requests, ends open connections and waits for pending writes. */
  close(): Promise<void>;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(text);
}

/**
 * Starts the web host: the built renderer and the JSON API on 127.0.0.1,
 * guarded by a per-run token. Only one host (or app) may use a data folder at a time.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => console.warn(`[copydesk] ${message}`));
  await fsp.mkdir(options.dataDir, { recursive: true });
  // Refuses to start beside another writer of the same folder (throws DataFolderInUseError).
  const lock: DataFolderLock = options.lockDataFolder
    ? await acquireDataFolderLock(options.dataDir)
    : { held: false, release: async () => {} };
  try {
    return await startLocked(options, lock, log);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function startLocked(options: WebHostOptions, lock: DataFolderLock, log: (message: string) => void): Promise<WebHost> {
  const token = options.token ?? generateToken();
  const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
  const logError: ErrorLogger =
    options.logError ??
    ((message, error) => console.error(`[copydesk] ${message}`, error instanceof Error ? (error.stack ?? error.message) : error));
  let preferencesStore = options.preferencesStore;
  if (!preferencesStore) {
    const opened = await openPreferencesFile(options.dataDir);
    if (opened.problem) log(opened.problem);
    preferencesStore = opened.store;
  }
  const handlers = createApiHandlers({
    dataDir: options.dataDir,
    preferencesStore,
    ...(options.clock ? { clock: options.clock } : {}),
    log,
  });
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  let port = 0;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    const verdict = checkHostAndOrigin(request, port);
    if (!verdict.ok) {
      sendText(response, verdict.status, verdict.reason);
      return;
    }
    const url = new URL(request.url ?? '/', `http://${WEB_HOST_ADDRESS}:${port}`);
    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      const given = request.headers[TOKEN_HEADER];
      if (!tokensMatch(token, typeof given === 'string' ? given : undefined)) {
        sendApiError(response, 401, { code: 'invalid-request', message: `A valid ${TOKEN_HEADER} header is required.` });
        return;
      }
      await handleApiRequest(request, response, url.pathname.slice(API_PATH_PREFIX.length), {
        handlers,
        maxRequestBytes,
        logError,
      });
      return;
    }
    await serveStatic(request, response, url);
  }

  async function serveStatic(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Method not allowed.');
      return;
    }
    // The printed URL carries the token once; the cookie lets reloads and assets through afterwards.
    const fromQuery = url.searchParams.get(TOKEN_QUERY_PARAM) ?? undefined;
    if (tokensMatch(token, fromQuery)) {
      response.setHeader('Set-Cookie', tokenCookie(port, token));
    } else if (!tokensMatch(token, readCookie(request, tokenCookieName(port)))) {
      sendText(response, 401, 'Open Copydesk with the address (including ?token=...) that the web host printed when it started.');
      return;
    }
    let target;
    try {
      target = await resolveStaticPath(staticDir, url.pathname);
    } catch {
      sendText(response, 503, 'The renderer has not been built: run `npm run build:renderer` (or `npm run web`).');
      return;
    }
    if (target.kind === 'bad-request') sendText(response, 400, 'Bad path.');
    else if (target.kind === 'not-found') sendText(response, 404, 'Not found.');
    else await sendStaticFile(request, response, target.filePath);
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      logError(`${request.method ?? '?'} ${request.url ?? '?'} failed`, error);
      if (!response.headersSent) sendText(response, 500, 'Internal error; the details were logged.');
      else response.destroy();
    });
  });
  // Slow or stalled clients must not hold a connection forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, WEB_HOST_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${WEB_HOST_ADDRESS}:${port}/?${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`,
    token,
    port,
    handlers,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
        server.closeIdleConnections();
        // Let requests in flight finish their writes, then cut whatever is left (keep-alive sockets, stalled clients).
        await handlers.services.drafts.flush();
        server.closeAllConnections();
        await stopped;
        await lock.release();
      })();
      return closing;
    },
  };
}
