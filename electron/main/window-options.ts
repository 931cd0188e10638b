import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../../shared/version';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, type WindowState } from './window-state';

/** The one window: isolated, sandboxed, no Node in the page; no developer tools in a packaged app. */
export function windowOptions(preloadPath: string, iconPath: string, state: WindowState = DEFAULT_WINDOW_STATE, devTools = true): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    icon: iconPath,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  };
}
