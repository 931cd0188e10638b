import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_VERSION } from '../../shared/version';
import { createServices, type Services } from '../services/services';
import { registerIpc } from './ipc';
import { SafeStorageSecretStore } from './safe-storage-secrets';
import { MEDIA_SCHEME, registerMediaProtocol } from './media-protocol';
import { restrictPermissions, installSecurityGuards } from './security';
import { windowOptions } from './window-options';

// Tests and portable installs choose their own data folder.
if (process.env.TOASOAN_DATA_DIR) app.setPath('userData', process.env.TOASOAN_DATA_DIR);
protocol.registerSchemesAsPrivileged([{ scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appUrl = (): string => process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererFile).href;
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(join(import.meta.dirname, '../preload/index.cjs'), join(import.meta.dirname, '../../resources/icon.png')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (process.env.ELECTRON_RENDERER_URL) void mainWindow.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void mainWindow.loadFile(rendererFile);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  installSecurityGuards(app, shell, appUrl);

  void app.whenReady().then(async () => {
    restrictPermissions(session.defaultSession, appUrl);
    services = await createServices({ dataDir: app.getPath('userData'), appVersion: APP_VERSION, secrets: new SafeStorageSecretStore(safeStorage) });
    services.start();
    registerIpc(ipcMain, services.handlers, appUrl);
    const media = services.media;
    registerMediaProtocol(protocol, net, (articleId, photoId, size) => media.file(articleId, photoId, size));
    createWindow();
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
