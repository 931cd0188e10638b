import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredArticle {
  id: string;
  externalId: string;
  title: string;
  lead: string;
  html: string;
  status: string;
  categories: string[];
  tags?: string[];
  featuredMediaId?: string;
  slug?: string;
  publishAt?: string;
  author: string;
  modified: string;
}

interface StoredMedia {
  id: string;
  externalId: string;
  caption: string;
  alt: string;
  bytes: Uint8Array;
}

export interface GenericPortal {
  /** The API's base address, as a press office would enter it. */
  url: string;
  token: string;
  articles: StoredArticle[];
  media: StoredMedia[];
  categories: { id: string; name: string }[];
  /** Every request, for tests that count them. */
  log: string[];
  close(): Promise<void>;
}

/**
 * A portal that implements docs/portal-api.yaml, in memory, on 127.0.0.1: what a vendor would build,
 * small enough to read. The tests publish to it with the generic connector.
 */
export async function startGenericPortal(options: { userName?: string; canPublish?: boolean } = {}): Promise<GenericPortal> {
  const token = randomBytes(16).toString('hex');
  const articles: StoredArticle[] = [];
  const media: StoredMedia[] = [];
  const categories: { id: string; name: string }[] = [];
  const log: string[] = [];
  let counter = 0;
  const nextId = (prefix: string): string => `${prefix}-${(counter += 1)}`;
  let base = '';

  const mediaOut = (item: StoredMedia) => ({ id: item.id, url: `${base}/files/${item.id}.jpg`, externalId: item.externalId, caption: item.caption, alt: item.alt });
  /** The featured photo's address, as the archive listing gives it. */
  const thumbnailOf = (item: StoredArticle): string | null => {
    const featured = media.find((entry) => entry.id === item.featuredMediaId);
    return featured ? mediaOut(featured).url : null;
  };
  const articleOut = (item: StoredArticle) => ({ ...item, link: `${base.replace(/\/api\/toasoan\/v1$/, '')}/tin/${item.slug ?? item.id}` });

  const read = async (request: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://portal');
    log.push(`${request.method} ${url.pathname}${url.search}`);
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    const file = /^\/api\/toasoan\/v1\/files\/([a-z0-9-]+)\.jpg$/.exec(url.pathname);
    if (request.headers.authorization !== `Bearer ${token}`) return send(401, { message: 'invalid token' });
    if (file) {
      const item = media.find((entry) => entry.id === file[1]);
      if (!item) return send(404, { message: 'unknown' });
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      response.end(item.bytes);
      return;
    }
    const path = url.pathname.replace(/^\/api\/toasoan\/v1/, '');
    const method = request.method ?? 'GET';
    const json = async <T>(): Promise<T> => JSON.parse((await read(request)).toString('utf8')) as T;
    if (method === 'GET' && path === '/whoami') return send(200, { siteName: 'Cổng TTĐT tỉnh (thử)', userName: options.userName ?? 'Ban biên tập', canPublish: options.canPublish ?? true, canUpload: true });
    if (path === '/categories') {
      if (method === 'GET') return send(200, categories.filter((category) => category.name === url.searchParams.get('name')));
      const { name } = await json<{ name: string }>();
      const existing = categories.find((category) => category.name === name);
      if (existing) return send(200, existing);
      const created = { id: nextId('cm'), name };
      categories.push(created);
      return send(201, created);
    }
    if (path === '/media' && method === 'GET') return send(200, media.filter((item) => item.externalId === url.searchParams.get('externalId')).map(mediaOut));
    if (path === '/media' && method === 'POST') {
      const form = await new Response(new Uint8Array(await read(request)), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
      const upload = form.get('file');
      const externalId = form.get('externalId');
      if (!(upload instanceof Blob) || typeof externalId !== 'string') return send(422, { message: 'file and externalId are required' });
      const item: StoredMedia = { id: nextId('anh'), externalId, caption: String(form.get('caption') ?? ''), alt: String(form.get('alt') ?? ''), bytes: new Uint8Array(await upload.arrayBuffer()) };
      media.push(item);
      return send(201, mediaOut(item));
    }
    const mediaId = /^\/media\/([a-z0-9-]+)$/.exec(path)?.[1];
    if (mediaId && method === 'PATCH') {
      const item = media.find((entry) => entry.id === mediaId);
      if (!item) return send(404, { message: 'unknown' });
      Object.assign(item, await json<{ caption?: string; alt?: string }>());
      return send(200, mediaOut(item));
    }
    if ((path === '/archive' || path === '/archive/ids') && method === 'GET') {
      // The published archive, in id order (the order they were made here), paged.
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('perPage') ?? '10');
      const after = url.searchParams.get('modifiedAfter');
      const all = articles.filter((item) => item.status === 'publish' && (path === '/archive/ids' || after === null || item.modified > after));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const more = page * perPage < all.length;
      if (path === '/archive/ids') return send(200, { ids: slice.map((item) => item.id), more });
      const posts = slice.map((item) => ({ ...articleOut(item), published: item.modified, categories: item.categories, thumbnailUrl: thumbnailOf(item) }));
      return send(200, { posts, more });
    }
    if (path === '/articles' && method === 'GET') {
      const externalId = url.searchParams.get('externalId');
      const status = url.searchParams.get('status');
      const found = articles.filter((item) => (externalId === null || item.externalId === externalId) && (status === null || item.status === status));
      return send(200, found.map(articleOut));
    }
    const articleId = /^\/articles\/([a-z0-9-]+)$/.exec(path)?.[1];
    if ((path === '/articles' && method === 'POST') || (articleId && method === 'PUT')) {
      if (!(options.canPublish ?? true)) return send(403, { message: 'not allowed' });
      const input = await json<Omit<StoredArticle, 'id' | 'modified' | 'author'>>();
      if (!input.externalId || !input.title) return send(422, { message: 'externalId and title are required' });
      const existing = articleId ? articles.find((item) => item.id === articleId) : undefined;
      if (articleId && !existing) return send(404, { message: 'unknown' });
      const saved: StoredArticle = { ...input, id: existing?.id ?? nextId('bai'), author: existing?.author ?? options.userName ?? 'Ban biên tập', modified: new Date().toISOString() };
      if (existing) articles[articles.indexOf(existing)] = saved;
      else articles.push(saved);
      return send(existing ? 200 : 201, articleOut(saved));
    }
    if (articleId && method === 'GET') {
      const item = articles.find((entry) => entry.id === articleId);
      if (!item) return send(404, { message: 'unknown' });
      const shown = new Set([...item.html.matchAll(/wp-image-([a-z0-9-]+)/g)].map((match) => match[1]));
      if (item.featuredMediaId) shown.add(item.featuredMediaId);
      return send(200, { ...articleOut(item), media: media.filter((entry) => shown.has(entry.id)).map(mediaOut) });
    }
    send(404, { message: 'unknown path' });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/toasoan/v1`;
  return {
    url: base,
    token,
    articles,
    media,
    categories,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
