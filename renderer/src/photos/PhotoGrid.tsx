import { forwardRef, useState } from 'react';
import { photoPath } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { movePhotos } from '../../../shared/media/order';
import { mediaUrl } from '../api';
import type { useGridSelection } from './hooks/useGridSelection';

/** What a tile dragged inside the grid carries: the ids of the photos it moves. */
const PHOTO_DRAG = 'application/x-toasoan-photos';

type Selection = ReturnType<typeof useGridSelection>;
type DropAt = { id: string; place: 'before' | 'after' };

interface Props {
  photos: Photo[];
  coverId: string | null;
  selection: Selection;
  /** A new order (tiles dragged to another place), with what to say. */
  onReorder: (order: string[], message: string) => void;
  /** Alt+←/→ on the open photo. */
  onShift: (delta: number) => void;
}

/**
 * The photos as a grid (a multi-select listbox): thumbnails whole, captions on two lines, the cover and the
 * picks marked, tiles dragged to a new place (a selected tile takes the whole selection with it).
 */
export const PhotoGrid = forwardRef<HTMLUListElement, Props>(function PhotoGrid({ photos, coverId, selection, onReorder, onShift }, grid) {
  const { selected, focus } = selection;
  const [moving, setMoving] = useState<string[] | null>(null);
  const [dropAt, setDropAt] = useState<DropAt | null>(null);
  const endDrag = (): void => {
    setMoving(null);
    setDropAt(null);
  };
  const dropOn = (targetId: string, place: DropAt['place']): void => {
    if (!moving) return;
    const order = movePhotos(
      photos.map((photo) => photo.id),
      moving,
      targetId,
      place,
    );
    onReorder(order, moving.length > 1 ? `Đã chuyển ${moving.length} ảnh sang chỗ mới.` : 'Đã chuyển ảnh sang chỗ mới.');
    endDrag();
  };
  const tabStop = focus?.id ?? selected[0] ?? photos[0]?.id;
  return (
    <ul ref={grid} className="photo-grid" aria-label="Ảnh của bài" aria-multiselectable="true" role="listbox">
      {photos.map((photo, index) => (
        <li
          key={photo.id}
          role="option"
          aria-selected={selected.includes(photo.id)}
          aria-label={`Ảnh ${index + 1}: ${photo.caption || photo.fileName}`}
          className={`photo-tile${selected.includes(photo.id) ? ' is-selected' : ''}${moving?.includes(photo.id) ? ' is-moving' : ''}${dropAt?.id === photo.id ? ` drop-${dropAt.place}` : ''}`}
          tabIndex={photo.id === tabStop ? 0 : -1}
          draggable
          onClick={(event) => selection.click(photo, event)}
          onDragStart={(event) => {
            const ids = selected.includes(photo.id) ? selected : [photo.id];
            if (!selected.includes(photo.id)) selection.setSelected([photo.id]);
            setMoving(ids);
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData(PHOTO_DRAG, ids.join(' '));
          }}
          onDragOver={(event) => {
            if (!moving) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            const box = event.currentTarget.getBoundingClientRect();
            const place = event.clientX < box.left + box.width / 2 ? 'before' : 'after';
            if (dropAt?.id !== photo.id || dropAt.place !== place) setDropAt({ id: photo.id, place });
          }}
          onDrop={(event) => {
            if (!moving) return;
            event.preventDefault();
            dropOn(photo.id, dropAt?.id === photo.id ? dropAt.place : 'before');
          }}
          onDragEnd={endDrag}
          onKeyDown={(event) => {
            if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && focus?.id === photo.id) {
              event.preventDefault();
              onShift(event.key === 'ArrowLeft' ? -1 : 1);
            } else if (selection.onTileKey(photo, index, event)) event.preventDefault();
          }}
        >
          <PhotoTile photo={photo} isCover={photo.id === coverId} />
        </li>
      ))}
    </ul>
  );
});

/** One tile's face: the whole thumbnail, what marks it, and its caption. */
function PhotoTile({ photo, isCover }: { photo: Photo; isCover: boolean }) {
  return (
    <>
      <img src={mediaUrl(photoPath(photo, 'thumb'))} alt={photo.alt || ''} loading="lazy" decoding="async" width={200} height={150} />
      <div className="photo-meta">
        {isCover && <span className="tag cover-tag">Ảnh đại diện</span>}
        {photo.starred && (
          <span className="star" aria-label="Đã chọn">
            ★
          </span>
        )}
        {!photo.alt && <span className="tag warn-tag">Thiếu mô tả ảnh</span>}
      </div>
      <p className="photo-caption">{photo.caption || <em>Chưa có chú thích</em>}</p>
    </>
  );
}
