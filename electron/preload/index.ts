import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_PREFIX, isCallName } from '../../shared/api/channels';
import { EVENT_PREFIX, isEventName, SUBSCRIBE_CHANNEL } from '../../shared/api/events';

/**
 * The page gets one object, `window.toasoan`: call a name of the contract, and listen to an event the contract
 * names (menu commands, files to open). No ipcRenderer, no Node, no other channel.
 */
contextBridge.exposeInMainWorld('toasoan', {
  call(name: unknown, input: unknown): Promise<unknown> {
    if (!isCallName(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không được hỗ trợ.' } });
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${name}`, input);
  },
  on(name: unknown, listener: unknown): () => void {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
    const channel = `${EVENT_PREFIX}${name}`;
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, forward);
    ipcRenderer.send(SUBSCRIBE_CHANNEL, name);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});
