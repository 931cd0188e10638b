import { startTransition, useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'archive' } | { view: 'trash' } | { view: 'templates' } | { view: 'directory' } | { view: 'settings' } | { view: 'article'; id: string } | { view: 'photos'; id: string } | { view: 'print'; id: string };

export function parseRoute(hash: string): Route {
  const article = /^#\/bai-viet\/([a-z0-9-]+)$/.exec(hash);
  if (article) return { view: 'article', id: article[1] };
  const photos = /^#\/bai-viet\/([a-z0-9-]+)\/anh$/.exec(hash);
  if (photos) return { view: 'photos', id: photos[1] };
  const print = /^#\/bai-viet\/([a-z0-9-]+)\/in$/.exec(hash);
  if (print) return { view: 'print', id: print[1] };
  if (hash === '#/thung-rac') return { view: 'trash' };
  if (hash === '#/kho-bai') return { view: 'archive' };
  if (hash === '#/mau-bai') return { view: 'templates' };
  if (hash === '#/danh-ba') return { view: 'directory' };
  if (hash === '#/cai-dat') return { view: 'settings' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'article':
      return `#/bai-viet/${route.id}`;
    case 'photos':
      return `#/bai-viet/${route.id}/anh`;
    case 'print':
      return `#/bai-viet/${route.id}/in`;
    case 'trash':
      return '#/thung-rac';
    case 'archive':
      return '#/kho-bai';
    case 'templates':
      return '#/mau-bai';
    case 'directory':
      return '#/danh-ba';
    case 'settings':
      return '#/cai-dat';
    default:
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** The current screen lives in the address, so a reload (or a restart) comes back to it. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    // A transition: while a screen's code loads (a split chunk, ≈ 10 ms), the screen before stays up instead of a
    // «Đang tải…» placeholder, which React would then hold for at least 300 ms to avoid a flash.
    const onChange = (): void => startTransition(() => setRoute(parseRoute(window.location.hash)));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
