import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, screen, session, shell } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isEventName, openableKind, SUBSCRIBE_CHANNEL, type FileIntent } from '../../shared/api/events';
import { MAX_IMPORT_BYTES } from '../../shared/files/limits';
import { APP_VERSION, PRODUCT_NAME } from '../../shared/version';
import { createServices, type Services } from '../services/services';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_URL, registerAppProtocol } from './app-protocol';
import { contextMenuTemplate } from './context-menu';
import { isTrustedSender, registerIpc } from './ipc';
import { MEDIA_SCHEME, registerMediaProtocol } from './media-protocol';
import { menuTemplate } from './menu';
import { filesToOpen } from './open-files';
import { PageEvents } from './page-events';
import { SafeStorageSecretStore } from './safe-storage-secrets';
import { restrictPermissions, installSecurityGuards } from './security';
import { windowOptions } from './window-options';
import { fitToScreens, readWindowState, trackWindowState, windowStateFile } from './window-state';

// Tests and portable installs choose their own data folder.
if (process.env.TOASOAN_DATA_DIR) app.setPath('userData', process.env.TOASOAN_DATA_DIR);
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = join(import.meta.dirname, '../renderer');
// The development server only while developing: a packaged app shows its own pages whatever the environment says.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appUrl = (): string => devServer ?? APP_URL;
const dataDir = (): string => app.getPath('userData');
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
const events = new PageEvents(() => mainWindow?.webContents ?? null);

function createWindow(): void {
  const stateFile = windowStateFile(dataDir());
  const state = fitToScreens(
    readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs'), join(import.meta.dirname, '../../resources/icon.png'), state, !app.isPackaged));
  mainWindow = window;
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) events.reloaded();
  });
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, (word) => window.webContents.replaceMisspelling(word));
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  void window.loadURL(appUrl());
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** A package or a Word file from outside (command line, double-click, a menu's file dialog) goes to the page. */
async function openFile(path: string, intent: FileIntent = 'open'): Promise<void> {
  const fileName = basename(path);
  try {
    const { size } = await stat(path);
    if (size > MAX_IMPORT_BYTES) {
      await dialog.showMessageBox({ type: 'warning', title: PRODUCT_NAME, message: `«${fileName}» quá lớn (${Math.round(size / 1048576)} MB; tối đa ${MAX_IMPORT_BYTES / 1048576} MB).` });
      return;
    }
    events.send('app.openFile', { fileName, bytes: new Uint8Array(await readFile(path)), intent });
    focusWindow();
  } catch (error) {
    await dialog.showMessageBox({ type: 'error', title: PRODUCT_NAME, message: `Không mở được «${fileName}».`, detail: (error as Error).message });
  }
}

async function chooseFile(kind: 'word' | 'package', intent: FileIntent): Promise<void> {
  const options = {
    title: kind === 'word' ? (intent === 'insert' ? 'Chèn từ Word' : 'Nhập Word') : 'Nhận gói bài',
    properties: ['openFile' as const],
    filters: kind === 'word' ? [{ name: 'Tài liệu Word', extensions: ['docx'] }] : [{ name: 'Gói bài Tòa soạn', extensions: ['toasoan'] }],
  };
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (!chosen.canceled && chosen.filePaths[0]) await openFile(chosen.filePaths[0], intent);
}

function installMenu(): void {
  const template = menuTemplate(
    {
      command: (command) => events.send('app.command', { command }),
      chooseFile: (kind, intent) => void chooseFile(kind, intent),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'Giới thiệu Tòa soạn',
          message: `${PRODUCT_NAME} ${APP_VERSION}`,
          detail: `Máy trạm biên tập cho Cổng thông tin điện tử tỉnh.\n\nThư mục dữ liệu: ${dataDir()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
          buttons: ['Đóng', 'Mở thư mục dữ liệu'],
          defaultId: 0,
          cancelId: 0,
        }).then(({ response }) => {
          if (response === 1) void shell.openPath(dataDir());
        }),
      openDataFolder: () => void shell.openPath(dataDir()),
    },
    { platform: process.platform, packaged: app.isPackaged },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  // The first instance gets this launch's files through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    for (const file of filesToOpen(argv.slice(1), workingDirectory)) void openFile(file);
  });
  // macOS: a double-clicked file, before or after start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openableKind(path)) void openFile(path);
  });
  installSecurityGuards(app, shell, appUrl);
  ipcMain.on(SUBSCRIBE_CHANNEL, (event, name: unknown) => {
    if (isTrustedSender(event, appUrl()) && isEventName(name)) events.listens(name);
  });

  void app.whenReady().then(async () => {
    restrictPermissions(session.defaultSession, appUrl);
    services = await createServices({ dataDir: dataDir(), appVersion: APP_VERSION, secrets: new SafeStorageSecretStore(safeStorage) });
    services.start();
    registerIpc(ipcMain, services.handlers, appUrl, services.sessions);
    services.events.subscribe((name, payload) => events.broadcast(name, payload));
    registerMediaProtocol(protocol, net, services.mediaFile);
    registerAppProtocol(protocol, net, rendererDir, services.firstScreen);
    installMenu();
    createWindow();
    for (const file of filesToOpen(process.argv.slice(1), process.cwd())) void openFile(file);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !services) return;
    // Let queued writes reach the disk before the process ends.
    event.preventDefault();
    closing = true;
    void services.close().finally(() => app.quit());
  });
}
