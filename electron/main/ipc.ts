import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, IPC_PREFIX } from '../../shared/api/channels';
import type { ApiHandlers } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from './security';

/**
 * Binds every call of the contract to its service. A call is answered only when it comes from the
 * main frame of our own page; the input is validated by `dispatch` before any service sees it.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: ApiHandlers, appUrl: () => string): string[] {
  const channels: string[] = [];
  for (const name of CALL_NAMES) {
    const channel = `${IPC_PREFIX}${name}`;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event, appUrl())) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của Tòa soạn nên bị từ chối.' } };
      }
      return dispatch(handlers, name, input);
    });
    channels.push(channel);
  }
  return channels;
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}
