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
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
      handlers.set(channel, handler);
    }),
  };
  const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  const windows: { options: unknown; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow extends Emitter {
    static getAllWindows = vi.fn(() => windows);
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    constructor(readonly options: unknown) {
      super();
      windows.push(this);
    }
  }
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
  return { app, ipcMain, handlers, session: { defaultSession }, shell, BrowserWindow, windows, protocol, protocols, net, safeStorage };
}
