import type { Article, DocNode } from '../../../shared/article/model';
import { formatDateTime } from '../../../shared/format/date';
import { photoPath } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { portalHtml } from '../../../shared/publish/html';
import { mediaUrl } from '../api';
import { Dialog } from '../components/Dialog';

interface Props {
  article: Pick<Article, 'title' | 'lead' | 'byline' | 'categories'> & { body: DocNode };
  photos: Photo[];
  coverId: string | null;
  onClose: () => void;
}

/**
 * The article as the portal will show it: the date line, the title, the lead, the featured photo, the body
 * with its figures and the byline, from the same HTML the publisher sends (our own escaping, nothing else).
 */
export function PortalPreview({ article, photos, coverId, onClose }: Props) {
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const html = portalHtml(article.body, article.byline, (photoId) => {
    const photo = byId.get(photoId);
    return photo ? { id: photo.id, url: mediaUrl(photoPath(photo, 'web')), alt: photo.alt, credit: photo.credit } : undefined;
  });
  const cover = coverId ? byId.get(coverId) : undefined;
  return (
    <Dialog
      title="Xem trước như trên cổng"
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Đóng
        </button>
      }
    >
      <article className="portal-preview" aria-label="Bài viết như trên cổng">
        <p className="portal-category">{(article.categories ?? []).join(' · ') || 'Chưa chọn chuyên mục'}</p>
        <h1 className="portal-title">{article.title || 'Bài chưa có tiêu đề'}</h1>
        <p className="portal-date">{formatDateTime(Date.now())}</p>
        {article.lead && <p className="portal-lead">{article.lead}</p>}
        {cover && <img className="portal-cover" src={mediaUrl(photoPath(cover, 'web'))} alt={cover.alt} />}
        <div className="portal-body" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </Dialog>
  );
}
