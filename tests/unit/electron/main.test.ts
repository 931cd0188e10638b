import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_PREFIX } from '../../../shared/api/channels';
import { EVENT_PREFIX, SUBSCRIBE_CHANNEL } from '../../../shared/api/events';
import { createElectronStub, FakeWebContents, navigationEvent } from './electron-stub';

const stub = vi.hoisted(() => ({ current: null as ReturnType<typeof createElectronStub> | null }));
vi.mock('electron', () => {
  const electron = stub.current;
  if (!electron) throw new Error('stub not ready');
  return { ...electron, default: electron };
});

const opened = { dataDir: '' };

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
    // The page comes from our own scheme, not from file://.
    expect(electron.windows[0].loadURL).toHaveBeenCalledWith('toasoan://app/index.html');
    expect(electron.windows[0].loadFile).not.toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ scheme: 'toasoan', privileges: expect.objectContaining({ standard: true, secure: true }) })]));
    const pages = electron.protocols.get('toasoan');
    expect((await pages?.(new Request('toasoan://app/index.html')))?.status).toBe(200);
    expect(electron.net.fetch).toHaveBeenLastCalledWith(expect.stringMatching(/^file:\/\/.*[\\/]renderer[\\/]index\.html$/));
    expect((await pages?.(new Request('toasoan://app/..%2F..%2Fmain%2Findex.js')))?.status).toBe(404);
    expect((await pages?.(new Request('toasoan://other/index.html')))?.status).toBe(404);
    // The application menu is in place (its items are tested in menu.test.ts).
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    // A call from our own page reaches the services; one from elsewhere does not.
    const appUrl = 'toasoan://app/index.html';
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
    const otherHost = navigationEvent();
    contents.emit('will-navigate', otherHost, 'toasoan://evil/index.html');
    expect(otherHost.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    // Photos reach the page through our own scheme, and only from the media folder.
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ scheme: 'toasoan-media' })]));
    const media = electron.protocols.get('toasoan-media');
    expect((await media?.(new Request('toasoan-media://media/abcdef-1/0123456789abcdef/thumb.jpg?v=1')))?.status).toBe(200);
    expect((await media?.(new Request('toasoan-media://media/abcdef-1/..%2F..%2Fsecret/thumb.jpg')))?.status).toBe(404);
    expect((await media?.(new Request('toasoan-media://media/../../etc/passwd')))?.status).toBe(404);

    // Quitting waits for queued writes, then quits for real.
    const quit = navigationEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());

    opened.dataDir = dataDir;
  });

  it('hands files from a second launch to the page once it listens, remembers the window, and offers a Vietnamese context menu', async () => {
    const electron = stub.current!;
    // Runs on the app the test before started: without its data folder, write nothing (never into the checkout).
    expect(opened.dataDir).not.toBe('');
    const window = electron.windows[0];
    const appFrame = { senderFrame: { url: 'toasoan://app/index.html', parent: null } };
    const packageFile = join(opened.dataDir, 'Hội nghị sơ kết.toasoan');
    writeFileSync(packageFile, 'PK gói bài');

    // A double-clicked package while the app runs: the second launch passes its arguments and folder.
    electron.app.emit('second-instance', {}, ['/opt/toa-soan/toa-soan', '--no-sandbox', 'Hội nghị sơ kết.toasoan', 'missing.docx', 'notes.txt'], opened.dataDir);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The page has not said it listens yet (still loading): the file waits.
    expect(window.webContents.send).not.toHaveBeenCalled();
    electron.ipcListeners.get(SUBSCRIBE_CHANNEL)?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.openFile');
    expect(window.webContents.send).not.toHaveBeenCalled();
    electron.ipcListeners.get(SUBSCRIBE_CHANNEL)?.(appFrame, 'app.openFile');
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith(`${EVENT_PREFIX}app.openFile`, { fileName: 'Hội nghị sơ kết.toasoan', bytes: new Uint8Array(Buffer.from('PK gói bài')), intent: 'open' });
    expect(window.focus).toHaveBeenCalled();
    // Once listening, the next one goes at once.
    electron.app.emit('second-instance', {}, ['/opt/toa-soan/toa-soan', packageFile], '/');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalledTimes(2));

    // The right-click menu of a text field.
    const params = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } };
    window.webContents.emit('context-menu', {}, params);
    const menu = electron.menus.at(-1)!;
    expect((menu.template as { label?: string }[]).map((item) => item.label).filter(Boolean)).toEqual(['Cắt', 'Sao chép', 'Dán', 'Dán dạng văn bản thuần', 'Chọn tất cả']);
    expect(menu.popup).toHaveBeenCalled();

    // The window's place is kept for the next start.
    window.emit('close');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(join(opened.dataDir, 'window-state.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false }));

    delete process.env.TOASOAN_DATA_DIR;
    rmSync(opened.dataDir, { recursive: true, force: true });
  });
});
