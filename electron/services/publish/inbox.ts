import { ApiError } from '../../../shared/api/errors';
import { articleIdSchema, type Article } from '../../../shared/article/model';
import { splitCredit } from '../../../shared/media/captions';
import type { ArticleService } from '../articles/article-service';
import type { MediaService } from '../media/media-service';
import type { RemotePost } from './connector';
import type { Outbox } from './outbox';
import type { PortalService } from './portal-service';
import { portalHtmlToArticle, type PulledFigure } from './portal-html';
import { articleIdFromPostMarker, photoIdFromMediaMarker } from '../../../shared/publish/marker';

export interface PendingPost {
  postId: string;
  title: string;
  lead: string;
  author: string;
  modified: string;
  link: string;
  /** The local article it would become, and whether it is already on this workstation. */
  articleId: string;
  here: boolean;
}

/**
 * Team work through the portal: a reporter's workstation sends an article as `pending`; an editor's
 * workstation lists what waits there and pulls one in, with its photos, keeping the article's and the
 * photos' ids, so that publishing it from here updates the same post and reuses the same photos.
 */
export class PortalInbox {
  constructor(
    private readonly articles: ArticleService,
    private readonly media: MediaService,
    private readonly portals: PortalService,
    private readonly outbox: Outbox,
  ) {}

  async pending(portalId: string): Promise<PendingPost[]> {
    const posts = await this.portals.connector(portalId).listPending();
    return Promise.all(
      posts.map(async (post) => {
        const articleId = await this.articleId(portalId, post.id, post.marker);
        return { postId: post.id, title: post.title, lead: post.lead, author: post.author, modified: post.modified, link: post.link, articleId, here: this.articles.has(articleId) };
      }),
    );
  }

  async pull(portalId: string, postId: string, actorName: string): Promise<Article> {
    const connector = this.portals.connector(portalId);
    const post = await connector.fetchPost(postId);
    const articleId = await this.articleId(portalId, post.id, post.marker);
    const placed = await this.bringPhotos(portalId, articleId, post);
    const { body, byline } = await portalHtmlToArticle(post.html, (mediaId) => placed.get(mediaId));
    const article = await this.articles.receive({
      id: articleId,
      title: post.title,
      lead: post.lead,
      byline,
      body,
      categories: post.categories,
      tags: post.tags,
      author: post.author || actorName,
      note: `Nhận từ cổng (bài số ${post.id}, ${post.author ? `do ${post.author} gửi` : 'chờ duyệt'}); ${actorName} kéo về.`,
    });
    const cover = post.featuredMediaId ? placed.get(post.featuredMediaId) : undefined;
    if (cover) await this.media.setCover(articleId, cover.photoId);
    // What is on the portal already, as if this workstation had sent it: publishing from here updates that post.
    await this.outbox.recordSent(articleId, portalId, actorName, {
      media: Object.fromEntries([...placed.entries()].map(([mediaId, figure]) => [figure.photoId, { id: mediaId, url: post.media.find((item) => item.id === mediaId)?.url ?? '' }])),
      postId: post.id,
      link: post.link,
      modified: post.modified,
      fingerprint: post.fingerprint ?? null,
    });
    return article;
  }

  /** Each photo the post shows, on this workstation with its caption, credit and alt text. */
  private async bringPhotos(portalId: string, articleId: string, post: RemotePost): Promise<Map<string, PulledFigure>> {
    const placed = new Map<string, PulledFigure>();
    const here = new Map((await this.media.list(articleId)).photos.map((photo) => [photo.id, photo]));
    for (const item of post.media) {
      const photoId = photoIdFromMediaMarker(articleId, item.marker) ?? `cong${item.id.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 40);
      const { caption, credit } = splitCredit(item.caption);
      let photo = here.get(photoId);
      if (!photo) {
        const bytes = await this.portals.connector(portalId).download(item.url);
        const added = await this.media.add(articleId, item.url.split('/').pop() || `${photoId}.jpg`, Buffer.from(bytes), { photoId });
        photo = added.photo;
      }
      const [updated] = await this.media.update(articleId, [photo.id], { caption, credit, alt: item.alt.normalize('NFC') });
      placed.set(item.id, { photoId: updated.id, articleId, credit: updated.credit, alt: updated.alt });
    }
    return placed;
  }

  /**
   * Where a post goes: the article its marker names (the id it has on the workstation that wrote it) when that
   * article is not here yet, or is here and sent that very post; otherwise an article of its own, made from the
   * post's id. A marker is only text on the portal: it never lets a post overwrite an article it did not come from.
   */
  private async articleId(portalId: string, postId: string, marker: string | null): Promise<string> {
    const fromMarker = articleIdFromPostMarker(marker);
    if (fromMarker) {
      if (!this.articles.has(fromMarker)) return fromMarker;
      const sent = (await this.outbox.list(fromMarker)).some((job) => job.portalId === portalId && job.done.postId === postId);
      if (sent) return fromMarker;
    }
    const made = `cong-${portalId.slice(0, 8)}-${postId}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    if (!articleIdSchema.safeParse(made).success) throw new ApiError('INVALID_INPUT', `Mã bài trên cổng «${postId}» không dùng được.`);
    return made;
  }
}
