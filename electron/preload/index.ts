import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/api/channels';
import { MENU_COMMANDS, MENU_EVENT_CHANNEL, type CopydeskBridge, type MenuCommand } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/errors';

/**
 * Exactly one function per channel of the contract, each bound to its own
 * channel name: the renderer never gets ipcRenderer or a way to pick a channel.
 */
const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [
    channel,
    (request: unknown): Promise<ApiResult<unknown>> => ipcRenderer.invoke(channel, request),
  ]),
) as { [C in ChannelName]: (request: unknown) => Promise<ApiResult<unknown>> };

const bridge: CopydeskBridge = {
  api,
  platform: process.platform,
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on(MENU_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('copydesk', bridge);
