import { lastApproval } from '../../../shared/workflow/machine';
import { useEffect, useState } from 'react';
import { ARTICLE_STATUS_LABELS } from '../../../shared/article/status';
import type { Article } from '../../../shared/article/model';
import { docToPlainText } from '../../../shared/article/doc-text';
import { formatDateTime } from '../../../shared/format/date';
import { photoPath } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { portalHtml } from '../../../shared/publish/html';
import { countWords } from '../../../shared/text/count';
import type { TrailEntry } from '../../../shared/workflow/model';
import { call, errorMessage, mediaUrl } from '../api';
import { downloadFile } from '../files/files';

interface Loaded {
  article: Article;
  photos: Photo[];
  trail: TrailEntry[];
}

/**
 * The article on A4 for the head to sign: title, lead, body with photos and captions, byline, state and
 * who approved it, with boxes for signatures. «Lưu PDF» saves it as A4 (the desktop app makes the PDF; the
 * browser host opens its print dialog, which saves one); «In…» prints.
 */
export function SignOffSheet({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([call('articles.get', { id }), call('photos.list', { articleId: id }), call('workflow.trail', { id })])
      .then(([article, list, trail]) => setLoaded({ article, photos: list.photos, trail }))
      .catch((caught: unknown) => setError(errorMessage(caught)));
  }, [id]);
  const savePdf = async (): Promise<void> => {
    try {
      const file = await call('export.pdf', { id });
      downloadFile(file.fileName, file.base64, 'application/pdf');
    } catch {
      // The browser host: its print dialog saves the PDF.
      window.print();
    }
  };
  if (error) return <p className="error-text" role="alert">{error}</p>;
  if (!loaded) return <p className="loading">Đang chuẩn bị bản in…</p>;
  const { article, photos, trail } = loaded;
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const html = portalHtml(article.body, article.byline, (photoId) => {
    const photo = byId.get(photoId);
    return photo ? { id: photo.id, url: mediaUrl(photoPath(photo, 'web')), alt: photo.alt, credit: photo.credit } : undefined;
  });
  const approval = lastApproval(trail);
  const printedAt = formatDateTime(Date.now());
  return (
    <div className="signoff-page">
      <div className="signoff-actions no-print">
        <a href={`#/bai-viet/${article.id}`} className="back-link">
          ← Về bài viết
        </a>
        <span className="toolbar-row">
          <button type="button" onClick={() => window.print()} aria-keyshortcuts="Control+P">
            In…
          </button>
          <button type="button" className="primary" onClick={() => void savePdf()}>
            Lưu PDF
          </button>
        </span>
      </div>
      <article className="signoff" aria-label="Bản in trình ký">
        <header className="signoff-header">
          <span>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</span>
          <strong>PHIẾU TRÌNH DUYỆT BÀI</strong>
        </header>
        <table className="signoff-meta">
          <tbody>
            <tr>
              <th scope="row">Trạng thái</th>
              <td data-testid="signoff-status">{ARTICLE_STATUS_LABELS[article.status]}</td>
              <th scope="row">Chuyên mục</th>
              <td>{(article.categories ?? []).join(', ') || '—'}</td>
            </tr>
            <tr>
              <th scope="row">Tác giả</th>
              <td>{article.byline || article.author || '—'}</td>
              <th scope="row">Người duyệt</th>
              <td data-testid="signoff-approver">{approval ? `${approval.actorName}, ${formatDateTime(approval.at)}` : 'Chưa duyệt'}</td>
            </tr>
            <tr>
              <th scope="row">Độ dài</th>
              <td>{countWords(`${article.lead}\n${docToPlainText(article.body)}`).toLocaleString('vi-VN')} chữ, {photos.length} ảnh</td>
              <th scope="row">In lúc</th>
              <td>{printedAt}</td>
            </tr>
          </tbody>
        </table>
        <h1 className="signoff-title">{article.title || 'Bài chưa có tiêu đề'}</h1>
        {article.lead && <p className="signoff-lead">{article.lead}</p>}
        <div className="signoff-body portal-body" dangerouslySetInnerHTML={{ __html: html }} />
        <footer className="signoff-signatures">
          <div>
            <strong>Người viết</strong>
            <span>(Ký, ghi rõ họ tên)</span>
          </div>
          <div>
            <strong>Người duyệt</strong>
            <span>(Ký, ghi rõ họ tên)</span>
          </div>
        </footer>
      </article>
    </div>
  );
}
