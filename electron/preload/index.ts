import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX, isCallName } from '../../shared/api/channels';

/**
 * The page gets one object, `window.toasoan`, with one function: call a name of the contract.
 * No ipcRenderer, no Node, no other channel.
 */
contextBridge.exposeInMainWorld('toasoan', {
  call(name: unknown, input: unknown): Promise<unknown> {
    if (!isCallName(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không được hỗ trợ.' } });
    }
    return ipcRenderer.invoke(`${IPC_PREFIX}${name}`, input);
  },
});
