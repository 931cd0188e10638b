import type { Net, Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withFirstScreen } from '../../shared/library/first-screen';

/**
 * The page comes from our own privileged scheme, `toasoan://app/…`, not from `file://`: a file URL would give
 * the page's origin to every file on the disk, and the navigation guard could only compare paths. Only the
 * built renderer's folder is reachable through it.
 */
export const APP_SCHEME = 'toasoan';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Standard (relative URLs, an origin), secure (like https), fetch and module scripts allowed. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true };

/** `toasoan://app/assets/x.js` → the file in the renderer's folder, or null for anything else. */
export function appFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(root + sep) ? file : null;
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, rendererDir: string, firstScreen?: () => Promise<string>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDir);
    // The page itself, with the library's first screen in it (the app's own window is the only one on this scheme).
    if (file && firstScreen && basename(file) === 'index.html') {
      const page = await readFile(file, 'utf8').catch(() => null);
      if (page !== null) {
        const screen = await firstScreen().catch(() => '');
        return new Response(withFirstScreen(page, screen), { headers: { 'content-type': 'text/html; charset=utf-8' } });
      }
    }
    const response = file ? await net.fetch(pathToFileURL(file).href).catch(() => null) : null;
    return response ?? new Response('Không có trang này.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  });
}
