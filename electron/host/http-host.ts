import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { BINARY_CALL_TYPE, decodeCall } from '../../shared/api/wire';
import { parseMediaPath, type MediaTarget } from '../../shared/media/model';
import { withFirstScreen } from '../../shared/library/first-screen';
import { dispatch } from '../services/dispatch';
import type { Sessions } from '../services/session';
import type { EventHub } from '../services/events';
import type { ServiceEventName, ServiceEvents } from '../../shared/api/events';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export interface HostOptions {
  handlers: ApiHandlers;
  /** Who works through this host: its token is the session (a new run, a new token, no profile chosen). */
  sessions: Pick<Sessions, 'get'>;
  /** The services' events, sent to each page that listens (`GET /api/events`, Server-Sent Events). */
  events?: Pick<EventHub, 'subscribe'>;
  /**
   * The notices as they stand, sent first on every event stream: a notice added while a page's stream was still
   * connecting (an article read as the page started) is not missed. The page keeps the newest list by its revision.
   */
  notices?: () => ServiceEvents['app.notices'];
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** The file behind a media address (`/media/<article>/<photo>/<size>.jpg`, `/media/kho/<portal>/<post>.jpg`), or an error if there is none. */
  mediaFile?: (target: MediaTarget) => string;
  /** The library's first screen as HTML, put into index.html for the page that opens with the token. */
  firstScreen?: () => Promise<string>;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  /** The address to open, with the token the page needs. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

// A Word file or a package of 200 MB arrives as base64 in JSON (photos come as raw bytes, shared/api/wire.ts);
// every other call is small (an article of 50 pages is well under 1 MB): a larger body is refused at once.
const MAX_FILE_BODY = 300 * 1024 * 1024;
const MAX_BODY = 8 * 1024 * 1024;
const FILE_CALLS = new Set(['package.import', 'import.document', 'photos.add', 'templates.import', 'office.importOfficials']);

class BodyTooLarge extends Error {}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A file the build named after its content (`assets/EditorView-DOxpkKp7.js`): the same name is always the same bytes. */
function isBuiltAsset(file: string): boolean {
  return /[\\/]assets[\\/][\w.-]+-[\w-]{8}\.(?:js|css|woff2?)$/.test(file);
}

/**
 * The services behind HTTP on 127.0.0.1, so the very renderer bundle that runs in Electron runs in a
 * browser. Every call needs the per-run token; requests for another host name (DNS rebinding) or from
 * another origin are refused.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const expected = Buffer.from(`Bearer ${token}`);
  const staticRoot = resolve(options.staticDir);
  let origin = '';

  /** Open event streams: ended when the host closes, so it does not wait for the pages to go. */
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[toasoan host]', error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ cục bộ.' } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      response.writeHead(421).end();
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/api/events' && request.method === 'GET') {
      serveEvents(request, url, response);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleCall(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (url.pathname.startsWith('/media/')) {
      await serveMedia(url, response);
      return;
    }
    await serveStatic(url.pathname, response, url.searchParams.get('token'));
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405).end();
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== origin.replace('127.0.0.1', 'localhost')) {
      send(response, 403, refusal('Yêu cầu từ trang khác bị từ chối.'));
      return;
    }
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      send(response, 401, refusal('Phiên làm việc không hợp lệ: hãy mở lại địa chỉ mà Tòa soạn in ra khi khởi động.'));
      return;
    }
    const callName = safeDecode(name);
    if (callName === null) {
      send(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Địa chỉ yêu cầu không hợp lệ.' } });
      return;
    }
    const limit = FILE_CALLS.has(callName) ? MAX_FILE_BODY : MAX_BODY;
    let input: unknown;
    try {
      const body = await readBody(request, limit);
      // Bytes (a photo) come as an envelope of JSON and raw parts; everything else as JSON.
      input = request.headers['content-type'] === BINARY_CALL_TYPE ? decodeCall(body) : JSON.parse(body.toString('utf8') || '{}');
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(response, 413, { ok: false, error: { code: 'INVALID_INPUT', message: `Dữ liệu gửi lên quá lớn (tối đa ${limit / 1048576} MB cho việc này).` } });
        return;
      }
      send(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Dữ liệu gửi lên không đọc được.' } });
      return;
    }
    send(response, 200, await dispatch(options.handlers, callName, input, options.sessions.get(`host:${token}`)));
  }

  /**
   * The services' events as Server-Sent Events: an EventSource cannot send headers, so the token comes in the
   * address (as for photos); another origin is refused as for calls. A comment every 25 s keeps it open.
   */
  function serveEvents(request: IncomingMessage, url: URL, response: ServerResponse): void {
    const given = Buffer.from(`Bearer ${url.searchParams.get('token') ?? ''}`);
    const requestOrigin = request.headers.origin;
    if (given.length !== expected.length || !timingSafeEqual(given, expected) || (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== origin.replace('127.0.0.1', 'localhost'))) {
      response.writeHead(401).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'keep-alive' });
    response.write(': Tòa soạn\n\n');
    const sendEvent = (name: ServiceEventName, payload: unknown): void => {
      response.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    };
    const stop = options.events?.subscribe(sendEvent);
    if (options.notices) sendEvent('app.notices', options.notices());
    const keepAlive = setInterval(() => response.write(': …\n\n'), 25_000);
    const close = (): void => {
      clearInterval(keepAlive);
      stop?.();
      streams.delete(response);
    };
    streams.add(response);
    request.on('close', close);
    response.on('close', close);
  }

  /** Photos for <img>: the token comes in the address, since an image request carries no header of ours. */
  async function serveMedia(url: URL, response: ServerResponse): Promise<void> {
    const given = Buffer.from(`Bearer ${url.searchParams.get('token') ?? ''}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      response.writeHead(401).end();
      return;
    }
    const target = parseMediaPath(url.pathname);
    let file: string | null = null;
    try {
      file = target && options.mediaFile ? options.mediaFile(target) : null;
    } catch {
      file = null;
    }
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': info.size, 'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(response);
  }

  async function serveStatic(pathname: string, response: ServerResponse, givenToken: string | null): Promise<void> {
    const decoded = safeDecode(pathname);
    if (decoded === null) {
      response.writeHead(400).end();
      return;
    }
    const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    let file = resolve(join(staticRoot, relative));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) {
      response.writeHead(404).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      // An address inside the app (a reload on a route) gets the app itself.
      file = join(staticRoot, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Chưa dựng giao diện: hãy chạy `npm run build:only`.');
        return;
      }
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The build names its code, styles and fonts after their content: such a file never changes, so the browser
      // keeps it and its compiled code (as Electron does with the app scheme's code cache), and the next opening
      // neither fetches nor compiles it again. The page itself and anything else is asked for afresh.
      'cache-control': isBuiltAsset(file) ? 'private, max-age=31536000, immutable' : 'no-store',
    };
    // The page opened with its token (the address the host printed): the library's first screen comes in it. Without
    // the token the page is the bare app, as ever: nothing of the library is given to whoever asks.
    const given = Buffer.from(`Bearer ${givenToken ?? ''}`);
    if (file === join(staticRoot, 'index.html') && options.firstScreen && given.length === expected.length && timingSafeEqual(given, expected)) {
      const screen = await options.firstScreen().catch(() => '');
      const html = Buffer.from(withFirstScreen(await readFile(file, 'utf8'), screen), 'utf8');
      response.writeHead(200, { ...headers, 'content-length': html.length });
      response.end(html);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': info.size });
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    openUrl: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function refusal(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'UNAUTHORIZED', message } };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/**
 * The body, up to `limit` bytes. A body over the limit (declared, or as it grows) is not kept but read to its end,
 * so the person gets the answer with its message rather than a broken connection, and refused.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    // A declared length over the limit: nothing is kept from the start.
    const declared = Number(request.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit && declared <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => (size > limit || declared > limit ? reject(new BodyTooLarge()) : resolveBody(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}
