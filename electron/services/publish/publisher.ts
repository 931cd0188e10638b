import { mediaMarker, postMarker } from '../../../shared/publish/marker';
import type { Article } from '../../../shared/article/model';
import type { Photo } from '../../../shared/media/model';
import { figurePhotoIds, portalHtml, slugify } from '../../../shared/publish/html';
import { PortalError, type PortalConnector, type PostStatus } from './connector';
import { formatDateTime } from '../../../shared/format/date';

/** What one publishing job has done so far: kept after every step, so a retry never does it twice. */
export interface PublishState {
  media: Record<string, { id: string; url: string }>;
  postId: string | null;
  link: string | null;
  /** When the portal last changed the post as we saved it: a later change there is someone else's. */
  modified?: string | null;
  /** The post's text as the portal kept it after our save (a change within the same second shows here). */
  fingerprint?: string | null;
}

export interface PublishRequest {
  article: Article;
  photos: Photo[];
  coverId: string | null;
  status: PostStatus;
  /** For `future`: when, as an ISO time in UTC. */
  date?: string;
  webCopy: (photoId: string) => Promise<Uint8Array>;
  /**
   * The job's first attempt: nothing can be on the portal from an earlier one, so the look-ups before
   * each creation are skipped. (The outbox records an attempt before it talks to the portal, so after a
   * crash the next attempt is not a first one.)
   */
  firstAttempt?: boolean;
  /** Categories to use instead of the article's (the portal's default category when the article has none). */
  categories?: string[];
  /** The editor chose to overwrite a post that was changed on the portal since the last publish. */
  overwrite?: boolean;
}

export interface PublishProgress {
  photosDone: number;
  photosTotal: number;
  post: boolean;
}

export { mediaMarker, postMarker } from '../../../shared/publish/marker';

/**
 * Publishes one article: categories, each photo (with caption, alt text, credit), then the post with its
 * figures and featured image. Before creating anything it looks on the portal for what an interrupted
 * attempt may have created, so a retry makes no second post and no second copy of a photo.
 */
export async function publishArticle(
  portal: PortalConnector,
  request: PublishRequest,
  state: PublishState,
  persist: (state: PublishState) => Promise<void>,
  progress: (progress: PublishProgress) => void = () => undefined,
): Promise<PublishState> {
  const { article } = request;
  const byId = new Map(request.photos.map((photo) => [photo.id, photo]));
  const shown = figurePhotoIds(article.body).filter((id) => byId.has(id));
  const wanted = request.coverId && byId.has(request.coverId) && !shown.includes(request.coverId) ? [...shown, request.coverId] : shown;
  const categories: string[] = [];
  for (const name of request.categories ?? article.categories ?? []) {
    try {
      categories.push(await portal.ensureCategory(name));
    } catch (error) {
      // A reporter's account may not create categories: a post sent for review goes without the new one
      // (the editor's workstation, which publishes it, has the right and adds it).
      if (error instanceof PortalError && error.problem === 'forbidden' && (request.status === 'pending' || request.status === 'draft')) continue;
      throw error;
    }
  }

  let tags: string[] = [];
  try {
    tags = await portal.tagIds(article.tags ?? []);
  } catch (error) {
    // As with categories: a reporter's account may not create keywords; the editor's publish adds them.
    if (!(error instanceof PortalError && error.problem === 'forbidden' && (request.status === 'pending' || request.status === 'draft'))) throw error;
  }

  let done = 0;
  progress({ photosDone: done, photosTotal: wanted.length, post: false });
  for (const id of wanted) {
    const photo = byId.get(id) as Photo;
    const caption = photo.credit ? `${photo.caption} (Ảnh: ${photo.credit})`.trim() : photo.caption;
    if (!state.media[id]) {
      const marker = mediaMarker(article.id, id);
      const earlier = request.firstAttempt ? null : await portal.findMedia(marker);
      if (earlier) await portal.updateMedia(earlier.id, { caption, alt: photo.alt });
      state.media[id] =
        earlier ?? (await portal.uploadMedia({ bytes: await request.webCopy(id), fileName: `${slugify(photo.caption || photo.fileName) || id}.jpg`, caption, alt: photo.alt, marker }));
      await persist(state);
    } else {
      await portal.updateMedia(state.media[id].id, { caption, alt: photo.alt });
    }
    done += 1;
    progress({ photosDone: done, photosTotal: wanted.length, post: false });
  }

  const marker = postMarker(article.id);
  const html = portalHtml(article.body, article.byline, (photoId) => {
    const placed = state.media[photoId];
    const photo = byId.get(photoId);
    return placed && photo ? { ...placed, alt: photo.alt, credit: photo.credit } : undefined;
  });
  let postId = state.postId;
  if (postId !== null) {
    const remote = await portal.getPost(postId);
    if (!remote) postId = null;
    else if (state.modified && !request.overwrite && (remote.modified !== state.modified || (state.fingerprint && remote.fingerprint && remote.fingerprint !== state.fingerprint))) {
      // Never a silent overwrite of a colleague's edit on the portal.
      throw new PortalError(
        'conflict',
        `Bài trên cổng đã được sửa sau lần đăng trước (lúc ${formatDateTime(Date.parse(remote.modified))}). Hãy mở bản trên cổng để xem, hoặc chọn ghi đè.`,
        false,
      );
    }
  }
  if (postId === null && !request.firstAttempt) postId = (await portal.findPost(marker))?.id ?? null;
  const cover = request.coverId ? state.media[request.coverId] : undefined;
  const saved = await portal.savePost(postId, {
    marker,
    title: article.title,
    lead: article.lead,
    html,
    status: request.status,
    categories,
    tags,
    ...(cover ? { featuredMediaId: cover.id } : {}),
    slug: slugify(article.title),
    ...(request.date ? { publishAt: request.date } : {}),
  });
  state.postId = saved.id;
  state.link = saved.link;
  state.modified = saved.modified;
  state.fingerprint = saved.fingerprint ?? null;
  await persist(state);
  progress({ photosDone: done, photosTotal: wanted.length, post: true });
  return state;
}
