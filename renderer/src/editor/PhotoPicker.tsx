import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { photoPath } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { mediaUrl } from '../api';
import { PanelHeader } from '../components/PanelHeader';
import { figureCaptions } from './extensions/figure/sync';

interface Props {
  articleId: string;
  photos: Photo[];
  /** The editor, to show which photos its text already holds (followed as it changes). */
  editor: Editor | null;
  onInsert: (photo: Photo) => void;
  onClose: () => void;
}

/** The photo ids the article's text holds now, kept up to date with the editor's changes. */
function usePlacedPhotos(editor: Editor | null): Set<string> {
  const [placed, setPlaced] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!editor) return;
    const read = (): void => setPlaced(new Set(figureCaptions(editor.state.doc).map((figure) => figure.photoId)));
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      if (transaction.docChanged) read();
    };
    read();
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return placed;
}

/** The article's photos beside the editor: a click puts one at the cursor, with its caption; those already in the text say so. */
export function PhotoPicker({ articleId, photos, editor, onInsert, onClose }: Props) {
  const placed = usePlacedPhotos(editor);
  return (
    <aside className="side-panel" aria-labelledby="picker-title">
      <PanelHeader id="picker-title" title="Chèn ảnh" closeLabel="Đóng chèn ảnh" onClose={onClose} />
      {photos.length === 0 ? (
        <p className="hint">
          Bài chưa có ảnh. <a href={`#/bai-viet/${articleId}/anh`}>Nhập ảnh ở kho ảnh</a>.
        </p>
      ) : (
        <>
          <p className="hint">
            {placed.size} trong {photos.length} ảnh đã có trong bài.
          </p>
          <ul className="picker-grid">
            {photos.map((photo) => {
              const inText = placed.has(photo.id);
              return (
                <li key={photo.id}>
                  <button
                    type="button"
                    className={`picker-item${inText ? ' is-placed' : ''}`}
                    onClick={() => onInsert(photo)}
                    aria-label={`Chèn ảnh: ${photo.caption || photo.fileName}${inText ? ' (đã có trong bài)' : ''}`}
                  >
                    <img src={mediaUrl(photoPath(photo, 'thumb'))} alt="" loading="lazy" />
                    <span>{photo.caption || photo.fileName}</span>
                    {inText && <span className="tag placed-tag">Đã có trong bài</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
