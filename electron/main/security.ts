import type { App, Session, Shell, WebContents } from 'electron';

/**
 * Default deny: the window may show our own pages and nothing else. Links to the web open in the
 * system browser; every other navigation, new window, webview or permission request is refused.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    // Scheme and host (with its port), compared one by one: a custom scheme's URL has no origin in Node.
    return target.protocol === app.protocol && target.host === app.host && target.username === '' && target.password === '';
  } catch {
    return false;
  }
}

export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function guardWebContents(contents: WebContents, appUrl: () => string, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl())) return;
    event.preventDefault();
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission, but one: our own page may write into a folder the person picks in the system's
 * folder dialog («Xuất ảnh ra thư mục…»). Nothing else (camera, notifications, clipboard reading…), and never
 * for another page.
 */
export function restrictPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, appUrl: () => string = () => ''): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'fileSystem' && appUrl() !== '' && isAppUrl(details.requestingUrl, appUrl())),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => permission === 'fileSystem' && appUrl() !== '' && isAppUrl(details.requestingUrl ?? '', appUrl()));
}

/** Installs the guards on every web contents the app ever creates. */
export function installSecurityGuards(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>, appUrl: () => string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl, shell));
}
