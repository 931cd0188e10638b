import type { Net, Protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { parseMediaPath, type MediaTarget } from '../../shared/media/model';

export const MEDIA_SCHEME = 'toasoan-media';

/** `toasoan-media://media/<article>/<photo>/<size>.jpg` (or an archive thumbnail) → the file, or null. Nothing outside the media and archive folders is reachable. */
export function mediaFileFor(url: string, mediaFile: (target: MediaTarget) => string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${MEDIA_SCHEME}:`) return null;
    const target = parseMediaPath(`/${parsed.host}${parsed.pathname}`);
    return target ? mediaFile(target) : null;
  } catch {
    return null;
  }
}

/** Serves the photos to the page: the renderer gets images, never file paths. */
export function registerMediaProtocol(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, mediaFile: (target: MediaTarget) => string): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    const file = mediaFileFor(request.url, mediaFile);
    if (!file) return new Response('Không có ảnh này.', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href).catch(() => null);
    return response ?? new Response('Không có ảnh này.', { status: 404 });
  });
}
