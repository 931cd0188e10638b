import { describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../../shared/api/channels';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoke: vi.fn(() => Promise.resolve({ ok: true, value: 1 })) }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: { invoke: bridge.invoke },
}));

describe('the preload', () => {
  it('exposes one object with one function and forwards only contract names', async () => {
    await import('../../../electron/preload/index');
    expect([...bridge.exposed.keys()]).toEqual(['toasoan']);
    const api = bridge.exposed.get('toasoan') as { call: (name: unknown, input: unknown) => Promise<unknown> };
    expect(Object.keys(api)).toEqual(['call']);

    await expect(api.call('articles.list', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(bridge.invoke).toHaveBeenCalledWith(`${IPC_PREFIX}articles.list`, {});

    bridge.invoke.mockClear();
    await expect(api.call('shell.openPath', '/')).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    await expect(api.call({ toString: () => 'articles.list' }, {})).resolves.toMatchObject({ ok: false });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });
});
