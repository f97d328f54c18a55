import type { ApiResult } from './errors';
import type { ChannelName } from './channels';

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-draft',
  'save',
  'find',
  'toggle-dark-mode',
  'import-files',
  'export-html',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC event channel on which the main process sends menu commands. */
export const MENU_EVENT_CHANNEL = 'menu-command';

/**
 * What the Electron preload exposes on `window.copydesk` through contextBridge:
 * one function per channel (never a raw ipcRenderer), plus menu events.
 * Each function resolves to an ApiResult; the renderer's client unwraps it.
 */
export interface CopydeskBridge {
  readonly api: { readonly [C in ChannelName]: (request: unknown) => Promise<ApiResult<unknown>> };
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  readonly platform: string;
}

/** HTTP transport of the web host: POST {API_PATH_PREFIX}{channel} with a JSON body. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the web host's per-run token on API calls. */
export const TOKEN_HEADER = 'x-copydesk-token';
/** Query parameter carrying the token in the URL the web host prints. */
export const TOKEN_QUERY_PARAM = 'token';
