import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type ApiHandlers } from '../../shared/api/channels';
import type { ApiResult } from '../../shared/api/errors';
import { dispatchApiCall } from '../services/dispatch';
import { isTrustedRendererUrl } from './policy/app-origin';

/**
 * One ipcMain.handle per channel of the contract. Every call is checked for
 * its sender (only the app's own top-level renderer) and validated by the same
 * dispatch layer the web host uses.
 */
export function registerApiHandlers(handlers: ApiHandlers, devServerUrl: string | undefined): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isFromAppRenderer(event, devServerUrl)) {
        return { ok: false, error: { code: 'refused', message: 'This request did not come from the Copydesk window.' } };
      }
      return dispatchApiCall(handlers, channel, payload);
    });
  }
}

function isFromAppRenderer(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, devServerUrl);
}
