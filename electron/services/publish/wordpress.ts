import { ApiError } from '../../../shared/api/errors';

export interface PortalCredentials {
  url: string;
  user: string;
  /** A WordPress application password. */
  password: string;
}

export type PortalProblem = 'unreachable' | 'credentials' | 'forbidden' | 'not-wordpress' | 'bad-response' | 'server' | 'invalid' | 'conflict';

/** A failure talking to the portal, with whether trying again later may help. */
export class PortalError extends ApiError {
  constructor(
    readonly problem: PortalProblem,
    message: string,
    readonly retryable: boolean,
  ) {
    super('WRITE_FAILED', message);
  }
}

interface Response<T> {
  status: number;
  body: T;
}

export interface UploadedMedia {
  id: number;
  url: string;
}

export interface PostFields {
  title: string;
  content: string;
  excerpt: string;
  status: 'publish' | 'pending' | 'draft' | 'future';
  categories: number[];
  featured_media?: number;
  slug?: string;
  /** For `future`: when, in UTC, without a zone ("2026-11-26T08:00:00"). */
  date_gmt?: string;
}

export interface PublishedPost {
  id: number;
  link: string;
  status: string;
  modified: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * The WordPress REST API with an application password. Every answer is checked; every failure becomes a
 * Vietnamese message that says what is wrong (unreachable, credentials rejected, no right to publish,
 * not a WordPress) and whether a retry may help.
 */
export class WordPressConnector {
  private readonly base: string;
  private readonly auth: string;

  constructor(
    credentials: PortalCredentials,
    private readonly timeoutMs = 60_000,
  ) {
    this.base = credentials.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${credentials.user}:${credentials.password.replace(/\s+/g, '')}`).toString('base64')}`;
  }

  /** Who we are on the portal and whether we may publish. */
  async testConnection(): Promise<{ siteName: string; userName: string; canPublish: boolean; canUpload: boolean }> {
    const index = await this.request<{ name?: string; namespaces?: string[] }>('GET', '/wp-json/', { auth: false });
    if (!Array.isArray(index.body.namespaces) || !index.body.namespaces.includes('wp/v2')) {
      throw new PortalError('not-wordpress', 'Địa chỉ này trả lời nhưng không phải một cổng WordPress có REST API.', false);
    }
    const me = await this.request<{ name: string; capabilities?: Record<string, boolean> }>('GET', '/wp-json/wp/v2/users/me?context=edit');
    return {
      siteName: decodeEntities(index.body.name ?? ''),
      userName: me.body.name,
      canPublish: Boolean(me.body.capabilities?.publish_posts),
      canUpload: Boolean(me.body.capabilities?.upload_files),
    };
  }

  /** The id of a category or tag by name, created when missing (a name that already exists answers `term_exists` with its id). */
  async ensureTerm(taxonomy: 'categories' | 'tags', name: string): Promise<number> {
    const found = await this.request<{ id: number; name: string }[]>('GET', `/wp-json/wp/v2/${taxonomy}?per_page=100&search=${encodeURIComponent(name)}`);
    const exact = Array.isArray(found.body) ? found.body.find((term) => decodeEntities(term.name).normalize('NFC') === name.normalize('NFC')) : undefined;
    if (exact) return exact.id;
    const created = await this.request<{ id?: number; code?: string; data?: { term_id?: number } }>('POST', `/wp-json/wp/v2/${taxonomy}`, {
      json: { name },
      accept: [400],
    });
    if (created.status === 400 && created.body.code === 'term_exists' && created.body.data?.term_id) return created.body.data.term_id;
    if (typeof created.body.id !== 'number') throw new PortalError('bad-response', `Cổng không tạo được chuyên mục «${name}».`, false);
    return created.body.id;
  }

  /** A media item uploaded before (by an attempt that may have been cut short), found by the marker in its description. */
  async findMedia(marker: string): Promise<UploadedMedia | null> {
    const found = await this.request<{ id: number; source_url: string; description?: { raw?: string } }[]>(
      'GET',
      `/wp-json/wp/v2/media?context=edit&per_page=10&search=${encodeURIComponent(marker)}`,
    );
    const match = Array.isArray(found.body) ? found.body.find((item) => item.description?.raw?.includes(marker)) : undefined;
    return match ? { id: match.id, url: match.source_url } : null;
  }

  async uploadMedia(file: { bytes: Uint8Array; fileName: string; caption: string; alt: string; marker: string }): Promise<UploadedMedia> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'image/jpeg' }), file.fileName);
    form.append('caption', file.caption);
    form.append('alt_text', file.alt);
    form.append('description', file.marker);
    form.append('title', file.caption.slice(0, 120) || file.fileName);
    const created = await this.request<{ id: number; source_url: string }>('POST', '/wp-json/wp/v2/media', { form });
    return { id: created.body.id, url: created.body.source_url };
  }

  async updateMedia(id: number, fields: { caption: string; alt: string }): Promise<void> {
    await this.request('POST', `/wp-json/wp/v2/media/${id}`, { json: { caption: fields.caption, alt_text: fields.alt } });
  }

  /** A post made before for this article (the marker is in its content), in any status. */
  async findPost(marker: string): Promise<PublishedPost | null> {
    const found = await this.request<{ id: number; link: string; status: string; modified_gmt: string; content?: { raw?: string } }[]>(
      'GET',
      `/wp-json/wp/v2/posts?context=edit&status=any&per_page=10&search=${encodeURIComponent(marker)}`,
    );
    const match = Array.isArray(found.body) ? found.body.find((post) => post.content?.raw?.includes(marker)) : undefined;
    return match ? { id: match.id, link: match.link, status: match.status, modified: match.modified_gmt } : null;
  }

  async getPost(id: number): Promise<PublishedPost | null> {
    const found = await this.request<{ id: number; link: string; status: string; modified_gmt: string }>('GET', `/wp-json/wp/v2/posts/${id}?context=edit`, {
      accept: [404],
    });
    return found.status === 404 ? null : { id: found.body.id, link: found.body.link, status: found.body.status, modified: found.body.modified_gmt };
  }

  async savePost(id: number | null, fields: PostFields): Promise<PublishedPost> {
    const saved = await this.request<{ id: number; link: string; status: string; modified_gmt: string }>('POST', id ? `/wp-json/wp/v2/posts/${id}` : '/wp-json/wp/v2/posts', {
      json: fields,
    });
    return { id: saved.body.id, link: saved.body.link, status: saved.body.status, modified: saved.body.modified_gmt };
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    options: { json?: unknown; form?: FormData; auth?: boolean; accept?: number[] } = {},
  ): Promise<Response<T>> {
    let response: globalThis.Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          ...(options.auth === false ? {} : { authorization: this.auth }),
          ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
          accept: 'application/json',
        },
        body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'follow',
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new PortalError(
        'unreachable',
        timedOut ? `Cổng không trả lời sau ${Math.round(this.timeoutMs / 1000)} giây; sẽ thử lại.` : `Không kết nối được tới cổng ${this.base} (mất mạng hoặc sai địa chỉ); sẽ thử lại khi có mạng.`,
        true,
      );
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = undefined;
    }
    const status = response.status;
    const code = (body as { code?: string } | undefined)?.code;
    if (options.accept?.includes(status)) return { status, body: body as T };
    if (status === 401) throw new PortalError('credentials', 'Cổng từ chối tên đăng nhập hoặc mật khẩu ứng dụng (có thể mật khẩu đã bị thu hồi). Hãy kiểm tra trong Cài đặt cổng.', false);
    if (status === 403) {
      const what = code === 'rest_cannot_publish' ? 'đăng bài' : code === 'rest_cannot_create' && path.includes('/media') ? 'tải ảnh lên' : 'làm việc này';
      throw new PortalError('forbidden', `Tài khoản trên cổng không có quyền ${what}. Hãy dùng tài khoản biên tập viên của cổng.`, false);
    }
    if (status === 413) throw new PortalError('invalid', 'Cổng từ chối tệp vì quá lớn.', false);
    if (status >= 500) throw new PortalError('server', `Cổng đang gặp lỗi (mã ${status}); sẽ thử lại.`, true);
    if (body === undefined) {
      throw new PortalError(
        status === 200 && path === '/wp-json/' ? 'not-wordpress' : 'bad-response',
        path === '/wp-json/' ? 'Địa chỉ này trả về một trang web chứ không phải REST API của WordPress.' : `Cổng trả lời không đọc được (mã ${status}).`,
        status === 200 ? false : true,
      );
    }
    if (status === 404 && path === '/wp-json/') throw new PortalError('not-wordpress', 'Địa chỉ này không có REST API của WordPress.', false);
    if (status < 200 || status >= 300) {
      const message = (body as { message?: string } | null)?.message;
      throw new PortalError('invalid', `Cổng từ chối yêu cầu (mã ${status}${message ? `: ${message}` : ''}).`, false);
    }
    return { status, body: body as T };
  }
}
