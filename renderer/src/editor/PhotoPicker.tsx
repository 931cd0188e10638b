import { photoPath, type Photo } from '../../../shared/media/model';
import { mediaUrl } from '../api';
import { PanelHeader } from '../components/PanelHeader';

interface Props {
  articleId: string;
  photos: Photo[];
  onInsert: (photo: Photo) => void;
  onClose: () => void;
}

/** The article's photos beside the editor: a click puts one at the cursor, with its caption. */
export function PhotoPicker({ articleId, photos, onInsert, onClose }: Props) {
  return (
    <aside className="side-panel" aria-labelledby="picker-title">
      <PanelHeader id="picker-title" title="Chèn ảnh" closeLabel="Đóng chèn ảnh" onClose={onClose} />
      {photos.length === 0 ? (
        <p className="hint">
          Bài chưa có ảnh. <a href={`#/bai-viet/${articleId}/anh`}>Nhập ảnh ở kho ảnh</a>.
        </p>
      ) : (
        <ul className="picker-grid">
          {photos.map((photo) => (
            <li key={photo.id}>
              <button type="button" className="picker-item" onClick={() => onInsert(photo)} aria-label={`Chèn ảnh: ${photo.caption || photo.fileName}`}>
                <img src={mediaUrl(photoPath(photo, 'thumb'))} alt="" loading="lazy" />
                <span>{photo.caption || photo.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
