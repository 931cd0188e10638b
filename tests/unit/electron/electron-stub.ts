import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** Records `on(event, listener)` calls and lets a test fire them. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = this.on;
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export function navigationEvent() {
  return { preventDefault: vi.fn() };
}

/** A stand-in for the `electron` module: enough of app, BrowserWindow, ipcMain, session and shell for the main process. */
export function createElectronStub() {
  const app = Object.assign(new Emitter(), {
    setPath: vi.fn(),
    getPath: vi.fn(() => '/tmp/userData'),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    isPackaged: false,
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcListeners = new Map<string, (...args: unknown[]) => unknown>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
      handlers.set(channel, handler);
    }),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => unknown) => {
      ipcListeners.set(channel, listener);
    }),
  };
  const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  const shell = { openExternal: vi.fn(() => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) };
  const windows: BrowserWindow[] = [];
  class BrowserWindow extends Emitter {
    static getAllWindows = vi.fn(() => windows);
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    isMinimized = vi.fn(() => false);
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1200, height: 800 }));
    webContents = Object.assign(new Emitter(), { send: vi.fn(), replaceMisspelling: vi.fn() });
    constructor(readonly options: unknown) {
      super();
      windows.push(this);
    }
  }
  const menus: { template: unknown[]; popup: ReturnType<typeof vi.fn> }[] = [];
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => {
      const menu = { template, popup: vi.fn() };
      menus.push(menu);
      return menu;
    }),
    setApplicationMenu: vi.fn(),
  };
  const dialog = {
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  };
  const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) };
  const protocols = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      protocols.set(scheme, handler);
    }),
  };
  const net = { fetch: vi.fn(async (url: string) => new Response(`file ${url}`)) };
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`)),
    decryptString: vi.fn((data: Buffer) => data.toString().slice(4)),
  };
  return { app, ipcMain, handlers, ipcListeners, session: { defaultSession }, shell, BrowserWindow, windows, protocol, protocols, net, safeStorage, Menu, menus, dialog, screen };
}
