import { createHash } from 'node:crypto';
import { ApiError, type PortalProblem } from '../../../shared/api/errors';

export type { PortalProblem } from '../../../shared/api/errors';

/** A failure talking to the portal, with whether trying again later may help. */
export class PortalError extends ApiError {
  constructor(
    readonly problem: PortalProblem,
    message: string,
    readonly retryable: boolean,
  ) {
    super('WRITE_FAILED', message, { portal: problem });
  }
}

/** Who the workstation is on the portal and what it may do there. */
export interface PortalIdentity {
  siteName: string;
  userName: string;
  canPublish: boolean;
  canUpload: boolean;
}

/** Ids are the portal's own, kept as text (WordPress counts, other portals may not). */
export interface UploadedMedia {
  id: string;
  url: string;
}

export type PostStatus = 'publish' | 'pending' | 'draft' | 'future';

export interface PostInput {
  /** The workstation's mark on the post, so that an interrupted attempt's post can be found again. */
  marker: string;
  title: string;
  lead: string;
  html: string;
  status: PostStatus;
  categories: string[];
  /** As `tagIds` gave them. */
  tags: string[];
  featuredMediaId?: string;
  slug?: string;
  /** For `future`: when, in UTC ("2026-11-26T08:00:00Z"). */
  publishAt?: string;
}

export interface PublishedPost {
  id: string;
  link: string;
  status: string;
  /** When the portal last changed the post, in UTC. */
  modified: string;
  /** A hash of the title, lead and body as the portal keeps them: a change there shows even within the second. */
  fingerprint?: string;
}

/** A post waiting on the portal (sent by a reporter's workstation as `pending`), as the list shows it. */
export interface RemotePostSummary extends PublishedPost {
  title: string;
  lead: string;
  author: string;
  marker: string | null;
}

/** Everything needed to bring a portal post into the workstation. */
export interface RemotePost extends RemotePostSummary {
  html: string;
  categories: string[];
  tags: string[];
  featuredMediaId: string | null;
  media: (UploadedMedia & { caption: string; alt: string; marker: string | null })[];
}

/** One published post of the portal's archive, as the workstation keeps it for reference. */
export interface ArchivePost {
  id: string;
  title: string;
  lead: string;
  html: string;
  /** When it was published, UTC, ISO 8601. */
  published: string;
  /** When the portal last changed it, as the portal's `modifiedAfter` filter compares it (opaque to the workstation). */
  modified: string;
  link: string;
  author: string;
  categories: string[];
  tags: string[];
  /** A small version of its featured photo, when it has one. */
  thumbnailUrl: string | null;
}

/**
 * A page of the archive listing: published posts changed after `since` (all of them without), in the order of
 * their ids, so that the pages of one pull stay where they were while posts are edited meanwhile.
 */
export interface ArchiveQuery {
  since: string | null;
  page: number;
  perPage: number;
}

export interface ArchivePage {
  posts: ArchivePost[];
  /** Whether a later page may hold more. */
  more: boolean;
}

/**
 * What the publisher needs from a portal. Two connectors: WordPress (REST API, application passwords)
 * and the generic portal API written down in docs/portal-api.yaml (bearer token).
 */
export interface PortalConnector {
  testConnection(): Promise<PortalIdentity>;
  /** The id of a category by name, created when missing. */
  ensureCategory(name: string): Promise<string>;
  /** What the portal takes for these keywords (ids, created when missing, or the names themselves). */
  tagIds(names: string[]): Promise<string[]>;
  findMedia(marker: string): Promise<UploadedMedia | null>;
  uploadMedia(file: { bytes: Uint8Array; fileName: string; caption: string; alt: string; marker: string }): Promise<UploadedMedia>;
  updateMedia(id: string, fields: { caption: string; alt: string }): Promise<void>;
  /** A post made before for this marker, in any status. */
  findPost(marker: string): Promise<PublishedPost | null>;
  getPost(id: string): Promise<PublishedPost | null>;
  savePost(id: string | null, fields: PostInput): Promise<PublishedPost>;
  /** Posts waiting for review on the portal, newest first. */
  listPending(): Promise<RemotePostSummary[]>;
  /** One post in full, with the photos it shows. */
  fetchPost(id: string): Promise<RemotePost>;
  /** The bytes of an uploaded photo; refused past `maxBytes` (DOWNLOAD_MAX_BYTES unless told), before reading it all. */
  download(url: string, maxBytes?: number): Promise<Uint8Array>;
  /** A page of the published archive (docs/portal-api.yaml, «GET /archive»). */
  listArchive(query: ArchiveQuery): Promise<ArchivePage>;
  /** A page of the ids of every published post: what the workstation holds and the portal no longer does was deleted there. */
  listArchiveIds(page: number, perPage: number): Promise<{ ids: string[]; more: boolean }>;
}

/** The fingerprint of a post's text as the portal keeps it. */
export function postFingerprint(title: string, lead: string, html: string): string {
  return createHash('sha256').update(`${title}\u0000${lead}\u0000${html}`).digest('hex');
}

/** A text field of an answer, checked: a portal that answers 200 with garbage is said so. */
export function expectString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new PortalError('bad-response', `Cổng trả lời thiếu hoặc sai trường «${what}»; cổng có thể đang lỗi hoặc không đúng loại đã chọn.`, true);
  return value;
}

/** A request to the portal under a time limit: no network, a wrong address or the limit is "unreachable", which a retry may mend. */
export async function portalFetch(base: string, url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await followWithinOrigin(url, init, timeoutMs);
  } catch (error) {
    if (error instanceof PortalError) throw error;
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new PortalError(
      'unreachable',
      timedOut ? `Cổng không trả lời sau ${Math.round(timeoutMs / 1000)} giây; sẽ thử lại.` : `Không kết nối được tới cổng ${base} (mất mạng hoặc sai địa chỉ); sẽ thử lại khi có mạng.`,
      true,
    );
  }
}

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * Redirects are followed only within the origin of the request: the credentials (an application password, a
 * token) never go to another host, another port or from https to http. A redirect elsewhere (a portal moved to
 * https, to a new domain) stops with the address to put in the settings instead.
 */
async function followWithinOrigin(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  let target = new URL(url);
  let request = init;
  for (let hop = 0; hop <= 5; hop += 1) {
    const response = await fetch(target, { ...request, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const location = response.headers.get('location');
    if (!REDIRECTS.includes(response.status) || !location) return response;
    const next = new URL(location, target);
    if (next.origin !== target.origin) {
      await response.body?.cancel().catch(() => undefined);
      throw new PortalError('invalid', `Cổng chuyển sang một địa chỉ khác (${next.origin}); Tòa soạn không gửi mật khẩu tới đó. Nếu đó đúng là cổng, hãy sửa địa chỉ trong Cài đặt cổng.`, false);
    }
    await response.body?.cancel().catch(() => undefined);
    // 303, and 301/302 after a POST, become a GET without a body, as browsers do.
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && request.method && request.method !== 'GET' && request.method !== 'HEAD')) {
      request = { ...request, method: 'GET', body: undefined };
    }
    target = next;
  }
  throw new PortalError('invalid', 'Cổng chuyển hướng quá nhiều lần; hãy kiểm tra địa chỉ cổng.', false);
}

/** An answer's body: its JSON, null when empty, undefined when it is not JSON (an HTML page, garbage). */
export async function answerBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return undefined;
  }
}

/** What both portals do with a status their own rules did not explain: a 2xx is the answer, anything else a refusal with the portal's message. */
export function acceptedOrRefused<T>(status: number, body: unknown): { status: number; body: T } {
  if (status < 200 || status >= 300) {
    const message = (body as { message?: string } | null)?.message;
    throw new PortalError('invalid', `Cổng từ chối yêu cầu (mã ${status}${message ? `: ${message}` : ''}).`, false);
  }
  return { status, body: body as T };
}

/** The most a photo brought from the portal may weigh: far past any camera's JPEG, short of filling the memory. */
export const DOWNLOAD_MAX_BYTES = 200 * 1024 * 1024;

/** A photo from the portal's media library, only from the portal's own address, and only up to `maxBytes`. */
export async function downloadFromPortal(base: string, url: string, timeoutMs: number, headers: Record<string, string> = {}, maxBytes = DOWNLOAD_MAX_BYTES): Promise<Uint8Array> {
  const target = new URL(url, base);
  if (target.origin !== new URL(base).origin) throw new PortalError('invalid', 'Ảnh nằm ngoài địa chỉ của cổng nên không tải về.', false);
  const response = await portalFetch(base, target.href, { headers }, timeoutMs);
  if (!response.ok) throw new PortalError(response.status >= 500 ? 'server' : 'invalid', `Cổng không trả ảnh (mã ${response.status}).`, response.status >= 500);
  return readCapped(response, maxBytes);
}

/** A response's body, read a piece at a time and given up as soon as it is more than `maxBytes` (or says it will be). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): PortalError => new PortalError('invalid', `Ảnh trên cổng quá lớn (hơn ${Math.round(maxBytes / 1048576)} MB) nên không tải về.`, false);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    pieces.push(value);
  }
  return Buffer.concat(pieces, total);
}
