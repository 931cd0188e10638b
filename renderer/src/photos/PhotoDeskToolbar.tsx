import { useEffect, useRef, useState } from 'react';
import type { Photo } from '../../../shared/media/model';
import { ApiCallError, call } from '../api';
import { useToast } from '../components/toast';
import { downloadFile } from '../files/files';
import { canPickFolder, writeToFolder } from '../files/folder';
import type { ImportProgress } from './import-queue';

const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/tiff,image/heic,image/heif,image/avif,.heic,.heif,.avif,.jpg,.jpeg,.png,.webp,.tif,.tiff';

interface Props {
  articleId: string;
  photos: Photo[];
  importing: boolean;
  onImport: (files: File[], fromFolder: boolean) => void;
}

/**
 * The desk's commands: import photos or a whole folder, and send the captioned web copies out (to a folder the
 * photographer picks, with a progress bar, or as a ZIP); the picks (★) only when there are some.
 */
export function PhotoDeskToolbar({ articleId, photos, importing, onImport }: Props) {
  const toast = useToast();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const onlyStarred = photos.some((photo) => photo.starred);
  useEffect(() => {
    // A folder input picks folders; React does not know the attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const exportToFolder = async (): Promise<void> => {
    try {
      const files = await call('photos.exportFiles', { articleId, onlyStarred });
      setExporting({ done: 0, total: files.length });
      const written = await writeToFolder(files, (done) => setExporting({ done, total: files.length }));
      if (written) toast.show(`Đã xuất ${written.count} ảnh vào thư mục «${written.folder}» (kèm chú thích, tác giả trong tệp ảnh).`);
    } catch (caught) {
      if (caught instanceof ApiCallError) toast.error(caught);
      else toast.show(`Không ghi được vào thư mục đã chọn (${(caught as Error).message}). Hãy chọn thư mục khác, hoặc «Tải về dạng ZIP».`, { tone: 'error' });
    } finally {
      setExporting(null);
    }
  };
  const exportZip = (): void => {
    call('photos.export', { articleId, onlyStarred })
      .then((file) => {
        downloadFile(file.fileName, file.base64, 'application/zip');
        toast.show(`Đã xuất ${file.count} ảnh (kèm chú thích, tác giả trong tệp ảnh).`);
      })
      .catch((error: unknown) => toast.error(error));
  };
  const picked = (fromFolder: boolean) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    onImport(files, fromFolder);
  };

  return (
    <div className="toolbar-row">
      <button type="button" className="primary" onClick={() => filesInput.current?.click()} disabled={importing}>
        Nhập ảnh…
      </button>
      <button type="button" onClick={() => folderInput.current?.click()} disabled={importing}>
        Nhập cả thư mục…
      </button>
      {canPickFolder() && (
        <button type="button" disabled={photos.length === 0 || exporting !== null} onClick={() => void exportToFolder()}>
          {onlyStarred ? 'Xuất ảnh đã chọn (★) ra thư mục…' : 'Xuất tất cả ảnh ra thư mục…'}
        </button>
      )}
      <button type="button" disabled={photos.length === 0} onClick={exportZip}>
        {canPickFolder() ? 'Tải về dạng ZIP' : onlyStarred ? 'Xuất ảnh đã chọn (★)' : 'Xuất tất cả ảnh'}
      </button>
      {exporting && (
        <span role="status">
          <progress max={exporting.total} value={exporting.done} aria-label="Đang xuất ảnh ra thư mục" /> {exporting.done}/{exporting.total}
        </span>
      )}
      <input ref={filesInput} type="file" multiple accept={PHOTO_ACCEPT} className="visually-hidden" aria-label="Chọn ảnh để nhập" onChange={picked(false)} />
      <input ref={folderInput} type="file" multiple className="visually-hidden" aria-label="Chọn thư mục ảnh để nhập" onChange={picked(true)} />
    </div>
  );
}

/** Where an import is (with its cancel), and afterwards the files that could not come in, by name. */
export function ImportStatus({ progress, onCancel, onDismiss }: { progress: ImportProgress | null; onCancel: () => void; onDismiss: () => void }) {
  if (progress && !progress.finished) {
    return (
      <div className="import-progress" role="status" aria-label="Tiến độ nhập ảnh">
        <progress max={progress.total} value={progress.done} aria-label={`Đã nhập ${progress.done} trên ${progress.total} ảnh`} />
        <span>
          {progress.cancelled ? 'Đang dừng…' : `Đang nhập ${progress.done}/${progress.total}`}
          {progress.current && !progress.cancelled ? ` — ${progress.current}` : ''}
        </span>
        <button type="button" onClick={onCancel} disabled={progress.cancelled}>
          Hủy
        </button>
      </div>
    );
  }
  if (progress?.finished && progress.failures.length > 0) {
    return (
      <div className="banner banner-warning import-failures" role="alert">
        <div>
          <strong>Không nhập được {progress.failures.length} tệp:</strong>
          <ul>
            {progress.failures.map((failure) => (
              <li key={failure.name}>{failure.message}</li>
            ))}
          </ul>
        </div>
        <button type="button" onClick={onDismiss}>
          Đã hiểu
        </button>
      </div>
    );
  }
  return null;
}
