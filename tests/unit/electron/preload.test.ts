import { describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../../shared/api/channels';
import { EVENT_PREFIX, SUBSCRIBE_CHANNEL } from '../../../shared/api/events';

type Listener = (event: unknown, payload: unknown) => void;
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(() => Promise.resolve({ ok: true, value: 1 })),
  listeners: new Map<string, Listener[]>(),
  send: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: {
    invoke: bridge.invoke,
    send: bridge.send,
    on: (channel: string, listener: Listener) => bridge.listeners.set(channel, [...(bridge.listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: Listener) => bridge.listeners.set(channel, (bridge.listeners.get(channel) ?? []).filter((item) => item !== listener)),
  },
}));

interface Exposed {
  call: (name: unknown, input: unknown) => Promise<unknown>;
  on: (name: unknown, listener: unknown) => () => void;
}

describe('the preload', () => {
  it('exposes one object that calls contract names and listens to contract events, nothing else', async () => {
    await import('../../../electron/preload/index');
    expect([...bridge.exposed.keys()]).toEqual(['toasoan']);
    const api = bridge.exposed.get('toasoan') as Exposed;
    expect(Object.keys(api)).toEqual(['call', 'on']);

    await expect(api.call('articles.list', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(bridge.invoke).toHaveBeenCalledWith(`${IPC_PREFIX}articles.list`, {});

    bridge.invoke.mockClear();
    await expect(api.call('shell.openPath', '/')).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    await expect(api.call({ toString: () => 'articles.list' }, {})).resolves.toMatchObject({ ok: false });
    expect(bridge.invoke).not.toHaveBeenCalled();

    // Events: only the contract's names; the listener gets the payload, never the IPC event (and its sender).
    const heard: unknown[] = [];
    const stop = api.on('app.command', (payload: unknown) => heard.push(payload));
    expect(bridge.send).toHaveBeenCalledWith(SUBSCRIBE_CHANNEL, 'app.command');
    const channel = `${EVENT_PREFIX}app.command`;
    for (const listener of bridge.listeners.get(channel) ?? []) listener({ sender: 'ipc internals' }, { command: 'article.new' });
    expect(heard).toEqual([{ command: 'article.new' }]);
    stop();
    expect(bridge.listeners.get(channel)).toEqual([]);
    bridge.send.mockClear();
    api.on('ipc:anything', () => undefined)();
    api.on('app.command', 'not a function')();
    expect(bridge.send).not.toHaveBeenCalled();
    expect([...bridge.listeners.keys()]).toEqual([channel]);
  });
});
