import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_PREFIX } from '../../../shared/api/channels';
import { createElectronStub, FakeWebContents, navigationEvent } from './electron-stub';

const stub = vi.hoisted(() => ({ current: null as ReturnType<typeof createElectronStub> | null }));
vi.mock('electron', () => {
  const electron = stub.current;
  if (!electron) throw new Error('stub not ready');
  return { ...electron, default: electron };
});

describe('the main process', () => {
  it('wires every contract call, the guards and a hardened window', async () => {
    const electron = createElectronStub();
    stub.current = electron;
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-main-'));
    process.env.TOASOAN_DATA_DIR = dataDir;
    electron.app.getPath.mockReturnValue(dataDir);

    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect([...electron.handlers.keys()].sort()).toEqual(CALL_NAMES.map((name) => `${IPC_PREFIX}${name}`).sort());
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();

    const options = electron.windows[0].options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(electron.windows[0].loadFile).toHaveBeenCalledWith(expect.stringMatching(/renderer[\\/]index\.html$/));

    // A call from our own page reaches the services; one from elsewhere does not.
    const appUrl = `file://${join(import.meta.dirname, '../../../electron/renderer/index.html')}`;
    const ownFrame = { senderFrame: { url: appUrl, parent: null } };
    const listed = await electron.handlers.get(`${IPC_PREFIX}articles.list`)?.(ownFrame, {});
    expect(listed).toEqual({ ok: true, value: { items: [], total: 0 } });
    // The sign-off sheet as A4 PDF: printed by the page that asks (the desktop app only).
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 trình ký'));
    const pdf = await electron.handlers.get(`${IPC_PREFIX}export.pdf`)?.({ ...ownFrame, sender: { printToPDF } }, { id: 'bai-viet-12345678' });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(pdf).toEqual({ ok: true, value: { fileName: 'trinh-ky-bai-viet.pdf', base64: Buffer.from('%PDF-1.7 trình ký').toString('base64') } });
    const foreign = await electron.handlers.get(`${IPC_PREFIX}articles.list`)?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const subframe = await electron.handlers.get(`${IPC_PREFIX}articles.list`)?.({ senderFrame: { url: appUrl, parent: {} } }, {});
    expect(subframe).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    // Every web contents gets the navigation guards.
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const external = navigationEvent();
    contents.emit('will-navigate', external, 'https://baochinhphu.vn/');
    expect(external.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://baochinhphu.vn/');
    const internal = navigationEvent();
    contents.emit('will-navigate', internal, appUrl);
    expect(internal.preventDefault).not.toHaveBeenCalled();
    const fileElsewhere = navigationEvent();
    contents.emit('will-navigate', fileElsewhere, 'file:///etc/passwd');
    expect(fileElsewhere.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    // Photos reach the page through our own scheme, and only from the media folder.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'toasoan-media' })]);
    const media = electron.protocols.get('toasoan-media');
    expect((await media?.(new Request('toasoan-media://media/abcdef-1/0123456789abcdef/thumb.jpg?v=1')))?.status).toBe(200);
    expect((await media?.(new Request('toasoan-media://media/abcdef-1/..%2F..%2Fsecret/thumb.jpg')))?.status).toBe(404);
    expect((await media?.(new Request('toasoan-media://media/../../etc/passwd')))?.status).toBe(404);

    // Quitting waits for queued writes, then quits for real.
    const quit = navigationEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());

    delete process.env.TOASOAN_DATA_DIR;
    rmSync(dataDir, { recursive: true, force: true });
  });
});
