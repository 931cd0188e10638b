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

export { PortalError } from './connector';

export interface PortalCredentials {
  url: string;
  user: string;
  /** A WordPress application password. */
  password: string;
}

interface Response<T> {
  status: number;
  body: T;
}

interface WpPost {
  id: number;
  link: string;
  status: string;
  modified_gmt: string;
  title?: { raw?: string };
  excerpt?: { raw?: string };
  content?: { raw?: string };
  categories?: number[];
  tags?: number[];
  featured_media?: number;
  date_gmt?: string;
  /** The site's local time, which `modified_after` compares with. */
  modified?: string;
  _embedded?: {
    author?: { name?: string }[];
    'wp:term'?: { taxonomy?: string; name?: string }[][];
    'wp:featuredmedia'?: { source_url?: string; media_details?: { sizes?: Record<string, { source_url?: string }> } }[];
  };
}

interface WpMedia {
  id: number;
  source_url: string;
  alt_text?: string;
  caption?: { raw?: string };
  description?: { raw?: string };
}

const MARKER = /<!-- (toasoan-[a-z0-9-]+) -->\n?/;

/** The most posts WordPress's REST API gives in one page. */
const WP_MAX_PAGE = 100;

function published(post: WpPost): PublishedPost {
  if (typeof post?.id !== 'number') throw new PortalError('bad-response', 'Cổng trả lời không có mã bài; cổng có thể đang lỗi.', true);
  const raw = post.title?.raw !== undefined && post.content?.raw !== undefined;
  return {
    id: String(post.id),
    link: expectString(post.link, 'link'),
    status: expectString(post.status, 'status'),
    modified: `${expectString(post.modified_gmt, 'modified_gmt')}Z`,
    ...(raw ? { fingerprint: postFingerprint(post.title?.raw ?? '', post.excerpt?.raw ?? '', post.content?.raw ?? '') } : {}),
  };
}

function wpId(id: string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) throw new PortalError('invalid', `Mã «${id}» không phải mã của WordPress.`, false);
  return value;
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
export class WordPressConnector implements PortalConnector {
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
  async testConnection(): Promise<PortalIdentity> {
    const index = await this.request<{ name?: string; namespaces?: string[] }>('GET', '/wp-json/', { auth: false });
    if (!Array.isArray(index.body.namespaces) || !index.body.namespaces.includes('wp/v2')) {
      throw new PortalError('not-wordpress', 'Địa chỉ này trả lời nhưng không phải một cổng WordPress có REST API.', false);
    }
    const me = await this.request<{ name: string; capabilities?: Record<string, boolean> }>('GET', '/wp-json/wp/v2/users/me?context=edit');
    return {
      siteName: decodeEntities(index.body.name ?? ''),
      userName: expectString(me.body.name, 'name'),
      canPublish: Boolean(me.body.capabilities?.publish_posts),
      canUpload: Boolean(me.body.capabilities?.upload_files),
    };
  }

  ensureCategory(name: string): Promise<string> {
    return this.ensureTerm('categories', name).then(String);
  }

  async tagIds(names: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) ids.push(String(await this.ensureTerm('tags', name)));
    return ids;
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
    const found = await this.request<WpMedia[]>('GET', `/wp-json/wp/v2/media?context=edit&per_page=10&search=${encodeURIComponent(marker)}`);
    const match = Array.isArray(found.body) ? found.body.find((item) => item.description?.raw?.includes(marker)) : undefined;
    return match ? { id: String(match.id), url: expectString(match.source_url, 'source_url') } : null;
  }

  async uploadMedia(file: { bytes: Uint8Array; fileName: string; caption: string; alt: string; marker: string }): Promise<UploadedMedia> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'image/jpeg' }), file.fileName);
    form.append('caption', file.caption);
    form.append('alt_text', file.alt);
    form.append('description', file.marker);
    form.append('title', file.caption.slice(0, 120) || file.fileName);
    const created = await this.request<WpMedia>('POST', '/wp-json/wp/v2/media', { form });
    if (typeof created.body?.id !== 'number') throw new PortalError('bad-response', 'Cổng nhận ảnh nhưng không trả lại mã ảnh.', true);
    return { id: String(created.body.id), url: expectString(created.body.source_url, 'source_url') };
  }

  async updateMedia(id: string, fields: { caption: string; alt: string }): Promise<void> {
    await this.request('POST', `/wp-json/wp/v2/media/${wpId(id)}`, { json: { caption: fields.caption, alt_text: fields.alt } });
  }

  /** A post made before for this article (the marker is in its content), in any status. */
  async findPost(marker: string): Promise<PublishedPost | null> {
    const found = await this.request<WpPost[]>('GET', `/wp-json/wp/v2/posts?context=edit&status=any&per_page=10&search=${encodeURIComponent(marker)}`);
    const match = Array.isArray(found.body) ? found.body.find((post) => post.content?.raw?.includes(`<!-- ${marker} -->`)) : undefined;
    return match ? published(match) : null;
  }

  async getPost(id: string): Promise<PublishedPost | null> {
    const found = await this.request<WpPost>('GET', `/wp-json/wp/v2/posts/${wpId(id)}?context=edit`, { accept: [404] });
    return found.status === 404 ? null : published(found.body);
  }

  async savePost(id: string | null, fields: PostInput): Promise<PublishedPost> {
    const saved = await this.request<WpPost>('POST', id ? `/wp-json/wp/v2/posts/${wpId(id)}?context=edit` : '/wp-json/wp/v2/posts?context=edit', {
      json: {
        title: fields.title,
        excerpt: fields.lead,
        // The marker rides in the content as a comment: WordPress keeps it, readers do not see it.
        content: `<!-- ${fields.marker} -->\n${fields.html}`,
        status: fields.status,
        categories: fields.categories.map(wpId),
        tags: fields.tags.map(wpId),
        ...(fields.featuredMediaId ? { featured_media: wpId(fields.featuredMediaId) } : {}),
        ...(fields.slug ? { slug: fields.slug } : {}),
        // WordPress takes the time without a zone in date_gmt.
        ...(fields.publishAt ? { date_gmt: fields.publishAt.replace(/(\.\d+)?Z$/, '') } : {}),
      },
    });
    return published(saved.body);
  }

  async listPending(): Promise<RemotePostSummary[]> {
    const found = await this.request<WpPost[]>('GET', '/wp-json/wp/v2/posts?context=edit&status=pending&per_page=50&orderby=modified&_embed=author');
    if (!Array.isArray(found.body)) throw new PortalError('bad-response', 'Cổng trả lời danh sách bài chờ duyệt không đọc được.', true);
    return found.body.map((post) => this.summary(post));
  }

  async fetchPost(id: string): Promise<RemotePost> {
    const found = await this.request<WpPost>('GET', `/wp-json/wp/v2/posts/${wpId(id)}?context=edit&_embed=author`);
    const summary = this.summary(found.body);
    const html = (found.body.content?.raw ?? '').replace(MARKER, '');
    const categoryIds = found.body.categories ?? [];
    const terms = categoryIds.length === 0 ? [] : (await this.request<{ name: string }[]>('GET', `/wp-json/wp/v2/categories?per_page=100&include=${categoryIds.join(',')}`)).body;
    const tagIds = found.body.tags ?? [];
    const tags = tagIds.length === 0 ? [] : (await this.request<{ name: string }[]>('GET', `/wp-json/wp/v2/tags?per_page=100&include=${tagIds.join(',')}`)).body;
    const mediaIds = [...new Set([...html.matchAll(/wp-image-(\d+)/g)].map((match) => Number(match[1])))];
    const featured = found.body.featured_media || null;
    if (featured && !mediaIds.includes(featured)) mediaIds.push(featured);
    const media = mediaIds.length === 0 ? [] : (await this.request<WpMedia[]>('GET', `/wp-json/wp/v2/media?context=edit&per_page=100&orderby=include&include=${mediaIds.join(',')}`)).body;
    return {
      ...summary,
      html,
      categories: (Array.isArray(terms) ? terms : []).map((term) => decodeEntities(term.name)),
      tags: (Array.isArray(tags) ? tags : []).map((term) => decodeEntities(term.name)),
      featuredMediaId: featured ? String(featured) : null,
      media: (Array.isArray(media) ? media : []).map((item) => ({
        id: String(item.id),
        url: expectString(item.source_url, 'source_url'),
        caption: item.caption?.raw ?? '',
        alt: item.alt_text ?? '',
        marker: /toasoan-[a-z0-9-]+/.exec(item.description?.raw ?? '')?.[0] ?? null,
      })),
    };
  }

  download(url: string, maxBytes?: number): Promise<Uint8Array> {
    return downloadFromPortal(this.base, url, this.timeoutMs, {}, maxBytes);
  }

  async listArchive(query: ArchiveQuery): Promise<ArchivePage> {
    const size = Math.min(query.perPage, WP_MAX_PAGE);
    const params = new URLSearchParams({
      context: 'edit',
      status: 'publish',
      orderby: 'id',
      order: 'asc',
      per_page: String(size),
      page: String(query.page),
      _embed: 'author,wp:term,wp:featuredmedia',
    });
    if (query.since) params.set('modified_after', query.since);
    const found = await this.request<WpPost[] | { code?: string }>('GET', `/wp-json/wp/v2/posts?${params.toString()}`, { accept: [400] });
    // Past the last page WordPress answers 400 «rest_post_invalid_page_number».
    if (found.status === 400) {
      if ((found.body as { code?: string }).code === 'rest_post_invalid_page_number') return { posts: [], more: false };
      throw new PortalError('bad-response', 'Cổng từ chối yêu cầu lấy danh sách bài đã đăng.', false);
    }
    if (!Array.isArray(found.body)) throw new PortalError('bad-response', 'Cổng trả lời danh sách bài đã đăng không đọc được.', true);
    const posts = found.body.map((post): ArchivePost => {
      const terms = post._embedded?.['wp:term']?.flat() ?? [];
      const named = (taxonomy: string): string[] => terms.filter((term) => term.taxonomy === taxonomy && typeof term.name === 'string').map((term) => decodeEntities(term.name as string));
      const featured = post._embedded?.['wp:featuredmedia']?.[0];
      const sizes = featured?.media_details?.sizes ?? {};
      return {
        id: String(published(post).id),
        title: decodeEntities(post.title?.raw ?? ''),
        lead: post.excerpt?.raw ?? '',
        html: (post.content?.raw ?? '').replace(MARKER, ''),
        published: `${expectString(post.date_gmt, 'date_gmt')}Z`,
        modified: expectString(post.modified, 'modified'),
        link: expectString(post.link, 'link'),
        author: post._embedded?.author?.[0]?.name ?? '',
        categories: named('category'),
        tags: named('post_tag'),
        thumbnailUrl: sizes.thumbnail?.source_url ?? sizes.medium?.source_url ?? featured?.source_url ?? null,
      };
    });
    return { posts, more: found.body.length === size };
  }

  async listArchiveIds(page: number, perPage: number): Promise<{ ids: string[]; more: boolean }> {
    // WordPress gives 100 at most a page; asked for more it refuses the whole request.
    const size = Math.min(perPage, WP_MAX_PAGE);
    const path = `/wp-json/wp/v2/posts?status=publish&orderby=id&order=asc&_fields=id&per_page=${size}&page=${page}`;
    const found = await this.request<{ id?: number }[] | { code?: string }>('GET', path, { accept: [400] });
    if (found.status === 400) {
      // Only «past the last page» ends the list: any other refusal must not read as «nothing is published».
      if ((found.body as { code?: string }).code === 'rest_post_invalid_page_number') return { ids: [], more: false };
      throw new PortalError('bad-response', 'Cổng từ chối yêu cầu lấy danh sách mã bài đã đăng.', false);
    }
    if (!Array.isArray(found.body)) throw new PortalError('bad-response', 'Cổng trả lời danh sách mã bài không đọc được.', true);
    const ids = found.body.filter((item) => typeof item.id === 'number').map((item) => String(item.id));
    return { ids, more: found.body.length === size };
  }

  private summary(post: WpPost): RemotePostSummary {
    return {
      ...published(post),
      title: decodeEntities(post.title?.raw ?? ''),
      lead: post.excerpt?.raw ?? '',
      // The account's name when the portal shows it (an editor may not see a reporter's account), else the byline.
      author: post._embedded?.author?.[0]?.name || decodeEntities(/<p class="byline"><strong>([^<]*)<\/strong><\/p>\s*$/.exec(post.content?.raw ?? '')?.[1] ?? ''),
      marker: MARKER.exec(post.content?.raw ?? '')?.[1] ?? null,
    };
  }

  private async request<T>(
    method: 'GET' | 'POST',
    path: string,
    options: { json?: unknown; form?: FormData; auth?: boolean; accept?: number[] } = {},
  ): Promise<Response<T>> {
    const response = await portalFetch(
      this.base,
      `${this.base}${path}`,
      {
        method,
        headers: {
          ...(options.auth === false ? {} : { authorization: this.auth }),
          ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
          accept: 'application/json',
        },
        body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
      },
      this.timeoutMs,
    );
    const body = await answerBody(response);
    const status = response.status;
    const code = (body as { code?: string } | undefined)?.code;
    if (options.accept?.includes(status)) return { status, body: body as T };
    if (status === 401) throw new PortalError('credentials', 'Cổng từ chối tên đăng nhập hoặc mật khẩu ứng dụng (có thể mật khẩu đã bị thu hồi). Hãy kiểm tra trong Cài đặt cổng.', false);
    if (status === 403) {
      const what =
        code === 'rest_cannot_publish'
          ? 'đăng bài'
          : code === 'rest_cannot_create' && path.includes('/media')
            ? 'tải ảnh lên'
            : path.includes('/categories')
              ? 'tạo chuyên mục mới'
              : 'làm việc này';
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
    return acceptedOrRefused<T>(status, body);
  }
}
