import type { CallName } from '../../shared/api/channels';
import type { CallInput, CallOutput } from '../../shared/api/contract';
import { isApiErrorShape, type ApiResult, type ErrorCode, type ErrorDetails } from '../../shared/api/errors';
import { BINARY_CALL_TYPE, encodeCall, holdsBytes } from '../../shared/api/wire';
import { isAppCommand, openableKind, SERVICE_EVENT_NAMES, type AppEvents, type EventName } from '../../shared/api/events';

interface Bridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  on?(name: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the loopback host answers. */
    toasoan?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the page decides from: the submit check's problems, the kind of portal trouble. */
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'toasoan.token';

/** Fired on the window when a call was refused for want of a chosen profile. */
export const NEEDS_PROFILE_EVENT = 'toasoan:needs-profile';

/** The loopback host's token arrives once in the address (`?token=…`); it is kept for this tab and taken out of the address bar. */
export function takeTokenFromAddress(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}

async function overHttp(name: string, input: unknown, keepalive: boolean): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    const binary = holdsBytes(input);
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': binary ? BINARY_CALL_TYPE : 'application/json', authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` },
      body: binary ? new Blob(encodeCall(input) as BlobPart[]) : JSON.stringify(input),
      keepalive,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Mất kết nối với dịch vụ của Tòa soạn. Nội dung vẫn còn trên màn hình; ứng dụng sẽ thử lại.' },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as ApiResult<unknown>;
  return { ok: false, error: { code: 'UNAVAILABLE', message: `Dịch vụ của Tòa soạn trả lời bất thường (mã ${response.status}).` } };
}

/**
 * What the page may pass for an input: a File (a Blob) where the contract wants bytes. In a browser the file
 * then goes from the disk into the request without being read into the page; Electron's IPC gets its bytes.
 */
export type Sendable<T> = { [K in keyof T]: T[K] extends Uint8Array ? Uint8Array | Blob : T[K] };

/** For Electron's IPC: a Blob field read into its bytes (bytes sit in top-level fields, as holdsBytes says). */
async function readBlobs(input: object): Promise<object> {
  return Object.fromEntries(await Promise.all(Object.entries(input).map(async ([key, value]) => [key, value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : value])));
}

/** Calls the services: through the preload in Electron, through the loopback host in a browser. */
export async function call<N extends CallName>(name: N, input: Sendable<CallInput<N>>, options: { keepalive?: boolean } = {}): Promise<CallOutput<N>> {
  const result = window.toasoan
    ? await window.toasoan.call(name, holdsBytes(input) ? await readBlobs(input as object) : input)
    : await overHttp(name, input, options.keepalive ?? false);
  if (result.ok) return result.value as CallOutput<N>;
  const error = isApiErrorShape(result.error) ? result.error : { code: 'INTERNAL' as const, message: 'Lỗi không rõ.' };
  // The services answered that a profile must be chosen first: the app offers the chooser (App listens).
  if (error.code === 'NO_PROFILE') window.dispatchEvent(new Event(NEEDS_PROFILE_EVENT));
  throw new ApiCallError(error.code, error.message, error.details);
}

/** The address of a photo (a path from `photoPath`): our own scheme in Electron, the host with its token in a browser. */
export function mediaUrl(path: string): string {
  if (window.toasoan) return `toasoan-media://${path}`;
  return `/${path}&token=${encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) ?? '')}`;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Đã xảy ra lỗi không mong đợi. Hãy thử lại.';
}

/** What arrives is checked here too: a payload of the wrong shape is dropped. */
function wellFormed<N extends EventName>(name: N, payload: unknown): payload is AppEvents[N] {
  if (typeof payload !== 'object' || payload === null) return false;
  const value = payload as Record<string, unknown>;
  switch (name) {
    case 'app.command':
      return isAppCommand(value.command);
    case 'app.openFile':
      return typeof value.fileName === 'string' && openableKind(value.fileName) !== null && value.bytes instanceof Uint8Array && (value.intent === 'open' || value.intent === 'insert');
    case 'app.notices':
      return Array.isArray(value.notices) && typeof value.revision === 'number';
    case 'article.changed':
      return typeof value.id === 'string' && typeof value.revision === 'number' && typeof value.status === 'string';
    case 'archive.progress':
      return typeof value.portalId === 'string' && typeof value.fetched === 'number' && typeof value.state === 'string';
    case 'search.indexing':
      return value.progress === null || (typeof value.progress === 'object' && typeof (value.progress as Record<string, unknown>).done === 'number' && typeof (value.progress as Record<string, unknown>).total === 'number');
    case 'publish.job':
      return typeof value.id === 'string' && typeof value.articleId === 'string' && typeof value.state === 'string';
    default:
      return false;
  }
}

let stream: EventSource | null = null;

/** In a browser, the host's Server-Sent Events: one stream for the tab, opened the first time something listens. */
function hostStream(): EventSource | null {
  if (typeof EventSource === 'undefined') return null;
  stream ??= new EventSource(`/api/events?token=${encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) ?? '')}`);
  return stream;
}

/**
 * Listens to an event of the app: menu commands and files to open (the desktop app), and the services' events —
 * job progress, notices, an article saved elsewhere — through the preload in Electron, from the host in a browser.
 */
export function onAppEvent<N extends EventName>(name: N, listener: (payload: AppEvents[N]) => void): () => void {
  const bridge = window.toasoan;
  if (bridge?.on) {
    return bridge.on(name, (payload) => {
      if (wellFormed(name, payload)) listener(payload);
    });
  }
  if (!(SERVICE_EVENT_NAMES as readonly string[]).includes(name)) return () => undefined;
  const source = hostStream();
  if (!source) return () => undefined;
  const onMessage = (event: MessageEvent<string>): void => {
    let payload: unknown;
    try {
      payload = JSON.parse(event.data);
    } catch {
      return;
    }
    if (wellFormed(name, payload)) listener(payload);
  };
  source.addEventListener(name, onMessage as EventListener);
  return () => source.removeEventListener(name, onMessage as EventListener);
}
