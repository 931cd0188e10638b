import { useState } from 'react';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { downloadFile } from './files';

interface Props {
  articleId: string;
  /** Flushes unsaved edits first: what goes out is what the person sees. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The article out of the app: a package for another workstation, an HTML file, or the sheet to print and sign. */
export function ExportDialog({ articleId, beforeExport, onClose, onDone }: Props) {
  const [withVersions, setWithVersions] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (task: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await beforeExport();
      onDone(await task());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Xuất bài"
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          Đóng
        </button>
      }
    >
      <div className="export-options">
        <section aria-label="Gói bài">
          <h3>Gói bài (.toasoan)</h3>
          <p className="hint">Một tệp chứa bài, ảnh (bản gốc, bản web có chú thích) và bảng kê mã băm: chép sang máy khác (USB) rồi «Nhận gói bài…» ở thư viện. Nhận lại lần nữa thì cập nhật, không nhân đôi.</p>
          <label className="radio">
            <input type="checkbox" checked={withVersions} onChange={(event) => setWithVersions(event.target.checked)} />
            Kèm các phiên bản đã lưu
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const file = await call('package.export', { id: articleId, versions: withVersions });
                downloadFile(file.fileName, file.base64, 'application/zip');
                return `Đã xuất gói bài «${file.fileName}».`;
              })
            }
          >
            Xuất gói bài
          </button>
        </section>
        <section aria-label="HTML">
          <h3>HTML như trên cổng</h3>
          <p className="hint">Một tệp .html mở được ở mọi máy, ảnh nằm sẵn bên trong.</p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const file = await call('export.html', { id: articleId });
                downloadFile(file.fileName, file.base64, 'text/html');
                return `Đã xuất «${file.fileName}».`;
              })
            }
          >
            Xuất HTML
          </button>
        </section>
        <section aria-label="Bản in trình ký">
          <h3>Bản in trình ký (A4, PDF)</h3>
          <p className="hint">Tiêu đề, sapo, nội dung, ảnh và chú thích, tác giả, trạng thái và người duyệt, chỗ ký. In ra giấy hoặc chọn «Lưu thành PDF» trong hộp in.</p>
          <a className="button-link" href={`#/bai-viet/${articleId}/in`} onClick={onClose}>
            Mở bản in trình ký
          </a>
        </section>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
