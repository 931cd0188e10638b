import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, IPC_PREFIX } from '../../shared/api/channels';
import type { ApiHandlers } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { dispatch } from '../services/dispatch';
import type { Session, Sessions } from '../services/session';
import { isAppUrl } from './security';

/**
 * Binds every call of the contract to its service. A call is answered only when it comes from the
 * main frame of our own page; the input is validated by `dispatch` before any service sees it.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: ApiHandlers, appUrl: () => string, sessions: Pick<Sessions, 'get' | 'end'>): string[] {
  const known = new Set<number>();
  /** Each window works as its own session: the profile chosen in one is not another's. */
  const sessionOf = (sender: IpcMainInvokeEvent['sender'] | undefined): Session => {
    if (!sender) return sessions.get('window:unknown');
    const key = `window:${sender.id}`;
    if (!known.has(sender.id)) {
      known.add(sender.id);
      sender.once?.('destroyed', () => {
        known.delete(sender.id);
        sessions.end(key);
      });
    }
    return sessions.get(key);
  };
  const channels: string[] = [];
  for (const name of CALL_NAMES) {
    const channel = `${IPC_PREFIX}${name}`;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event, appUrl())) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của Tòa soạn nên bị từ chối.' } };
      }
      return dispatch(name === 'export.pdf' ? { ...handlers, 'export.pdf': (request) => pageAsPdf(event, request.id) } : handlers, name, input, sessionOf(event.sender));
    });
    channels.push(channel);
  }
  return channels;
}

/** The page that asks (the sign-off sheet), printed as A4 with its print styles: the PDF to sign. */
async function pageAsPdf(event: Pick<IpcMainInvokeEvent, 'sender'>, articleId: string): Promise<{ fileName: string; base64: string }> {
  const bytes = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  return { fileName: `trinh-ky-${articleId.slice(0, 8)}.pdf`, base64: Buffer.from(bytes).toString('base64') };
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}
