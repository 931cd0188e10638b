import {
  acceptedOrRefused,
  answerBody,
  downloadFromPortal,
  expectString,
  portalFetch,
  PortalError,
  postFingerprint,
  type ArchivePage,
  type ArchivePost,
  type ArchiveQuery,
  type PortalConnector,
  type PortalIdentity,
  type PostInput,
  type PublishedPost,
  type RemotePost,
  type RemotePostSummary,
  type UploadedMedia,
} from './connector';

interface ApiArticle {
  id: string;
  externalId?: string;
  link: string;
  status: string;
  modified: string;
  title?: string;
  lead?: string;
  author?: string;
  html?: string;
  categories?: string[];
  tags?: string[];
  featuredMediaId?: string | null;
}

/** A post of `GET /archive` (docs/portal-api.yaml). */
interface ApiArchivePost {
  id: string;
  title?: string;
  lead?: string;
  html?: string;
  published: string;
  modified: string;
  link: string;
  author?: string;
  categories?: unknown[];
  tags?: unknown[];
  thumbnailUrl?: unknown;
}

interface ApiMedia {
  id: string;
  url: string;
  externalId?: string;
  caption?: string;
  alt?: string;
}

function article(body: ApiArticle): PublishedPost {
  if (!body || typeof body !== 'object') throw new PortalError('bad-response', 'Cổng trả lời không phải một bài viết; cổng có thể đang lỗi.', true);
  return {
    id: expectString(body.id, 'id'),
    link: expectString(body.link, 'link'),
    status: expectString(body.status, 'status'),
    modified: expectString(body.modified, 'modified'),
    ...(typeof body.html === 'string' ? { fingerprint: postFingerprint(body.title ?? '', body.lead ?? '', body.html) } : {}),
  };
}

function media(body: ApiMedia): UploadedMedia {
  if (!body || typeof body !== 'object') throw new PortalError('bad-response', 'Cổng trả lời không phải một ảnh; cổng có thể đang lỗi.', true);
  return { id: expectString(body.id, 'id'), url: expectString(body.url, 'url') };
}

function list<T>(body: unknown, what: string): T[] {
  if (!Array.isArray(body)) throw new PortalError('bad-response', `Cổng trả lời ${what} không đọc được; cổng có thể đang lỗi.`, true);
  return body as T[];
}

/**
 * The portal API of docs/portal-api.yaml, for portals that are not WordPress: JSON with a bearer token,
 * every item found again by the `externalId` the workstation gave it.
 */
export class GenericPortalConnector implements PortalConnector {
  private readonly base: string;

  constructor(
    url: string,
    private readonly token: string,
    private readonly timeoutMs = 60_000,
  ) {
    this.base = url.replace(/\/+$/, '');
  }

  async testConnection(): Promise<PortalIdentity> {
    const { body } = await this.request<PortalIdentity>('GET', '/whoami');
    if (!body || typeof body.canPublish !== 'boolean') {
      throw new PortalError('not-portal', 'Địa chỉ này trả lời nhưng không theo giao thức cổng của Tòa soạn (docs/portal-api.yaml).', false);
    }
    return { siteName: expectString(body.siteName, 'siteName'), userName: expectString(body.userName, 'userName'), canPublish: body.canPublish, canUpload: Boolean(body.canUpload) };
  }

  async ensureCategory(name: string): Promise<string> {
    const found = list<{ id: string; name: string }>((await this.request('GET', `/categories?name=${encodeURIComponent(name)}`)).body, 'danh sách chuyên mục');
    const exact = found.find((category) => category.name.normalize('NFC') === name.normalize('NFC'));
    if (exact) return expectString(exact.id, 'id');
    const { body } = await this.request<{ id: string }>('POST', '/categories', { json: { name } });
    return expectString(body?.id, 'id');
  }

  /** The portal takes keywords by name and files them itself. */
  async tagIds(names: string[]): Promise<string[]> {
    return names;
  }

  async findMedia(marker: string): Promise<UploadedMedia | null> {
    const found = list<ApiMedia>((await this.request('GET', `/media?externalId=${encodeURIComponent(marker)}`)).body, 'danh sách ảnh');
    const match = found.find((item) => item.externalId === marker);
    return match ? media(match) : null;
  }

  async uploadMedia(file: { bytes: Uint8Array; fileName: string; caption: string; alt: string; marker: string }): Promise<UploadedMedia> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'image/jpeg' }), file.fileName);
    form.append('externalId', file.marker);
    form.append('caption', file.caption);
    form.append('alt', file.alt);
    return media((await this.request<ApiMedia>('POST', '/media', { form })).body);
  }

  async updateMedia(id: string, fields: { caption: string; alt: string }): Promise<void> {
    await this.request('PATCH', `/media/${encodeURIComponent(id)}`, { json: fields });
  }

  async findPost(marker: string): Promise<PublishedPost | null> {
    const found = list<ApiArticle>((await this.request('GET', `/articles?externalId=${encodeURIComponent(marker)}`)).body, 'danh sách bài');
    const match = found.find((item) => item.externalId === marker);
    return match ? article(match) : null;
  }

  async getPost(id: string): Promise<PublishedPost | null> {
    const found = await this.request<ApiArticle>('GET', `/articles/${encodeURIComponent(id)}`, { accept: [404] });
    return found.status === 404 ? null : article(found.body);
  }

  async savePost(id: string | null, fields: PostInput): Promise<PublishedPost> {
    const body = {
      externalId: fields.marker,
      title: fields.title,
      lead: fields.lead,
      html: fields.html,
      status: fields.status,
      categories: fields.categories,
      tags: fields.tags,
      ...(fields.featuredMediaId ? { featuredMediaId: fields.featuredMediaId } : {}),
      ...(fields.slug ? { slug: fields.slug } : {}),
      ...(fields.publishAt ? { publishAt: fields.publishAt } : {}),
    };
    const saved = id ? await this.request<ApiArticle>('PUT', `/articles/${encodeURIComponent(id)}`, { json: body }) : await this.request<ApiArticle>('POST', '/articles', { json: body });
    return article(saved.body);
  }

  async listPending(): Promise<RemotePostSummary[]> {
    return list<ApiArticle>((await this.request('GET', '/articles?status=pending')).body, 'danh sách bài chờ duyệt').map((item) => this.summary(item));
  }

  async fetchPost(id: string): Promise<RemotePost> {
    const { body } = await this.request<ApiArticle & { media?: ApiMedia[] }>('GET', `/articles/${encodeURIComponent(id)}`);
    return {
      ...this.summary(body),
      html: body.html ?? '',
      categories: [],
      tags: body.tags ?? [],
      featuredMediaId: body.featuredMediaId ?? null,
      media: (body.media ?? []).map((item) => ({ ...media(item), caption: item.caption ?? '', alt: item.alt ?? '', marker: item.externalId ?? null })),
    };
  }

  download(url: string, maxBytes?: number): Promise<Uint8Array> {
    return downloadFromPortal(this.base, url, this.timeoutMs, { authorization: `Bearer ${this.token}` }, maxBytes);
  }

  async listArchive(query: ArchiveQuery): Promise<ArchivePage> {
    const params = new URLSearchParams({ page: String(query.page), perPage: String(query.perPage) });
    if (query.since) params.set('modifiedAfter', query.since);
    const { body } = await this.request<{ posts?: ApiArchivePost[]; more?: boolean }>('GET', `/archive?${params.toString()}`);
    const posts = list<ApiArchivePost>(body?.posts, 'danh sách bài đã đăng').map(
      (post): ArchivePost => ({
        id: expectString(post.id, 'id'),
        title: post.title ?? '',
        lead: post.lead ?? '',
        html: post.html ?? '',
        published: expectString(post.published, 'published'),
        modified: expectString(post.modified, 'modified'),
        link: expectString(post.link, 'link'),
        author: post.author ?? '',
        categories: Array.isArray(post.categories) ? post.categories.filter((name): name is string => typeof name === 'string') : [],
        tags: Array.isArray(post.tags) ? post.tags.filter((name): name is string => typeof name === 'string') : [],
        thumbnailUrl: typeof post.thumbnailUrl === 'string' ? post.thumbnailUrl : null,
      }),
    );
    return { posts, more: body?.more === true };
  }

  async listArchiveIds(page: number, perPage: number): Promise<{ ids: string[]; more: boolean }> {
    const { body } = await this.request<{ ids?: unknown[]; more?: boolean }>('GET', `/archive/ids?page=${page}&perPage=${perPage}`);
    const ids = list<unknown>(body?.ids, 'danh sách mã bài').filter((id): id is string => typeof id === 'string');
    return { ids, more: body?.more === true };
  }

  private summary(body: ApiArticle): RemotePostSummary {
    return { ...article(body), title: body.title ?? '', lead: body.lead ?? '', author: body.author ?? '', marker: body.externalId ?? null };
  }

  private async request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, options: { json?: unknown; form?: FormData; accept?: number[] } = {}): Promise<{ status: number; body: T }> {
    const response = await portalFetch(this.base, `${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: 'application/json',
        ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
    }, this.timeoutMs);
    const body = await answerBody(response);
    const status = response.status;
    if (options.accept?.includes(status)) return { status, body: body as T };
    if (status === 401) throw new PortalError('credentials', 'Cổng từ chối mã truy cập (token sai hoặc đã hết hạn). Hãy xin mã mới và nhập trong Cài đặt cổng.', false);
    if (status === 403) throw new PortalError('forbidden', 'Mã truy cập không có quyền làm việc này trên cổng (đăng bài hoặc tải ảnh).', false);
    if (status === 413) throw new PortalError('invalid', 'Cổng từ chối tệp vì quá lớn.', false);
    if (status >= 500) throw new PortalError('server', `Cổng đang gặp lỗi (mã ${status}); sẽ thử lại.`, true);
    if (body === undefined) {
      throw new PortalError(
        path === '/whoami' ? 'not-portal' : 'bad-response',
        path === '/whoami' ? 'Địa chỉ này trả về một trang web chứ không phải API cổng của Tòa soạn.' : `Cổng trả lời không đọc được (mã ${status}).`,
        path !== '/whoami',
      );
    }
    if (status === 404 && path === '/whoami') throw new PortalError('not-portal', 'Địa chỉ này không có API cổng của Tòa soạn (…/api/toasoan/v1).', false);
    return acceptedOrRefused<T>(status, body);
  }
}
