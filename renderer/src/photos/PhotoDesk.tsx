import { useEffect, useRef, useState } from 'react';
import { captionEvent } from '../../../shared/media/captions';
import { shiftPhoto } from '../../../shared/media/order';
import { ConfirmDialog } from '../components/Dialog';
import { useTemplate } from '../templates/useTemplate';
import { CaptionEditor } from './CaptionEditor';
import { useGridSelection } from './hooks/useGridSelection';
import { usePhotoImport } from './hooks/usePhotoImport';
import { usePhotoList } from './hooks/usePhotoList';
import { ManyEditor } from './ManyEditor';
import { PhotoDeskToolbar, ImportStatus } from './PhotoDeskToolbar';
import { PhotoGrid } from './PhotoGrid';

/**
 * The photos of one article: import in batches, caption fast from the keyboard, credit, pick, order, cover.
 * Layout only: the list (hooks/usePhotoList), the import (hooks/usePhotoImport), the selection
 * (hooks/useGridSelection), the grid, and the caption editor beside it.
 */
export function PhotoDesk({ articleId }: { articleId: string }) {
  const list = usePhotoList(articleId);
  const { photos, coverId, article } = list;
  const importing = usePhotoImport(articleId, list.arrived, list.reload);
  const grid = useRef<HTMLUListElement>(null);
  const selection = useGridSelection(photos, grid);
  const { focus, chosen, selected, setSelected } = selection;
  const template = useTemplate(article?.template?.templateId);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState(false);

  // The first photo is open when the desk opens.
  useEffect(() => {
    if (list.loaded) setSelected((current) => (current.length ? current : photos[0] ? [photos[0].id] : []));
    // Only when the list has been read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list.loaded]);

  const shift = (delta: number): void => {
    if (!focus) return;
    const order = shiftPhoto(
      photos.map((photo) => photo.id),
      focus.id,
      delta,
    );
    void list.reorder(order, delta < 0 ? 'Đã đưa ảnh lên trước.' : 'Đã đưa ảnh ra sau.');
  };

  if (list.loadError) {
    return (
      <section className="editor-missing" role="alert">
        <h1>Không mở được kho ảnh</h1>
        <p>{list.loadError}</p>
        <a href="#/">← Về thư viện bài viết</a>
      </section>
    );
  }

  const hasFiles = (event: React.DragEvent): boolean => event.dataTransfer.types.includes('Files');
  return (
    <section
      className={`photo-desk${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="photos-title"
      // Files from outside are imported; tiles moved inside the grid are the grid's.
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        importing.start([...event.dataTransfer.files], true);
      }}
    >
      <div className="view-header">
        <div>
          <a href={`#/bai-viet/${articleId}`} className="back-link">
            ← Về bài viết
          </a>
          <h1 id="photos-title">Ảnh của bài «{article?.title || 'chưa có tiêu đề'}»</h1>
        </div>
        <PhotoDeskToolbar articleId={articleId} photos={photos} importing={importing.busy} onImport={importing.start} />
      </div>
      <ImportStatus progress={importing.progress} onCancel={importing.cancel} onDismiss={importing.dismiss} />
      {photos.length === 0 ? (
        <p className="empty drop-hint">Chưa có ảnh. Kéo thả ảnh hoặc cả thư mục vào đây, hoặc bấm «Nhập ảnh…».</p>
      ) : (
        <div className="photo-layout">
          <PhotoGrid ref={grid} photos={photos} coverId={coverId} selection={selection} onReorder={(order, message) => void list.reorder(order, message)} onShift={shift} />
          <aside className="side-panel photo-panel" aria-label="Chú thích ảnh">
            {focus ? (
              <CaptionEditor
                key={focus.id}
                photo={focus}
                template={template}
                binding={article?.template ?? null}
                takeFocus={selection.captionTakesFocus.current}
                isCover={focus.id === coverId}
                event={captionEvent(article?.template?.values)}
                onSave={(edit) => list.update([focus.id], edit)}
                onNext={selection.selectNext}
                onMove={shift}
                onCover={() => list.setCover(focus.id)}
                onDelete={() => setDeleting(true)}
              />
            ) : chosen.length > 1 ? (
              <ManyEditor count={chosen.length} onCredit={(credit) => void list.update(selected, { credit })} onStar={(starred) => void list.update(selected, { starred })} onDelete={() => setDeleting(true)} />
            ) : (
              <p className="hint">Chọn một ảnh để chú thích; giữ Ctrl hoặc Shift để chọn nhiều ảnh (Ctrl+A: tất cả). Kéo ảnh trong lưới để đổi thứ tự.</p>
            )}
          </aside>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa ảnh?"
          message={`${selected.length} ảnh sẽ bị xóa khỏi bài (cả bản gốc trong kho).`}
          confirmLabel="Xóa ảnh"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void list.remove(selected).then((left) => left && setSelected(left[0] ? [left[0].id] : []));
          }}
        />
      )}
    </section>
  );
}
